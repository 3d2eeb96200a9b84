/**
 * Implementation details of {@code pacta-core}: not exported by the module, not part of the API.
 */
package dev.pacta.core.internal;
