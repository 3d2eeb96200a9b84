/**
 * Money for agreements: {@link dev.pacta.core.money.Money} at the currency's minor-unit scale, exact
 * percentage splits whose shares always sum to the whole, simple interest with day counts, and
 * {@link dev.pacta.core.money.Decimals bounded decimal input}.
 */
@PactaStyle
package dev.pacta.core.money;

import dev.pacta.core.internal.PactaStyle;
