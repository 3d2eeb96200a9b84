/**
 * What an evaluation says: a {@link dev.pacta.core.report.ComplianceReport} with one
 * {@link dev.pacta.core.report.InstanceReport} per obligation instance (its {@link
 * dev.pacta.core.report.InstanceState state}, effective deadline, fulfilment, {@link dev.pacta.core.report.Lateness
 * lateness} and explanation), {@link dev.pacta.core.report.MilestoneReport milestones}, and
 * {@link dev.pacta.core.report.Finding findings} with stable {@link dev.pacta.core.report.FindingCodes codes}.
 *
 * <p>Reports are plain immutable values: they can be compared, stored and serialised ({@code pacta-json}).
 */
@PactaStyle
package dev.pacta.core.report;

import dev.pacta.core.internal.PactaStyle;
