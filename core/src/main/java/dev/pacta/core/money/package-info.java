/**
 * Money for agreements.
 *
 * <ul>
 *   <li>{@link dev.pacta.core.money.Money}: an amount at its currency's minor-unit scale (JPY 0, USD 2, BHD 3);
 *       {@code allocate} by percentages (HALF_UP, remainder on the last share) and {@code split} into equal shares,
 *       whose shares always sum exactly to the whole; locale-independent {@code format} ("5,000.00").
 *   <li>{@link dev.pacta.core.money.SimpleInterest} and {@link dev.pacta.core.money.DayCount}: simple interest on
 *       outstanding amounts, ACT/365F by default, rounded once at the end, with a one-line explanation.
 *   <li>{@link dev.pacta.core.money.Decimals}: bounded decimal input, checked before any arithmetic.
 * </ul>
 *
 * <p>There are no exchange rates: amounts in different currencies never mix.
 */
@PactaStyle
package dev.pacta.core.money;

import dev.pacta.core.internal.PactaStyle;
