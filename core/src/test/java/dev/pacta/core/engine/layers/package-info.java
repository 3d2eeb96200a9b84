/** Fixture classes that break the engine's layering, for {@code EngineLayersTest} (test sources only). */
package dev.pacta.core.engine.layers;
