package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.INVALID_REMEDY;
import static dev.pacta.core.model.ValidationCodes.REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH;

import dev.pacta.core.time.Span;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The rules of an obligation's remedies ({@code INVALID_REMEDY} unless named otherwise). Which attributes each kind
 * takes is its sealed subtype's; first what the subtypes leave optional but a remedy needs ({@link #shape}). Then their values: percentages in (0, 100], {@code per} from
 * 1 unit to ten years, rights of the form {@code [A-Z][A-Z0-9_]*}, {@code untilCured} only with
 * {@link Remedy#SUSPEND_WORK}; a late-fee percentage, interest or a penalty without a base only on an obligation with
 * an amount to apply to; a flat fee or a base valid and in the obligation's currency ({@link PaymentRules}); an
 * {@code OBLIGATION} remedy naming another declared obligation ({@link ReferenceRules}) whose trigger is the breach of
 * this one ({@code REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH}).
 */
final class RemedyRules {
    private static final Pattern RIGHT_FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private RemedyRules() {}

    static void check(ValidationRun run, Obligation o, Remedy r, String path, String owner) {
        String what = owner + ": remedy " + r.kind();
        shape(run, r, path, what);
        values(run, o, r, path, what);
    }

    /**
     * What the sealed subtypes leave open: a late fee needs a flat fee or a percentage, and a penalty its cap (both
     * optional in the types, so that a document missing one still has its other problems read and reported in the same
     * pass). Every problem of the shape comes before the values' problems of the same remedy.
     */
    private static void shape(ValidationRun run, Remedy r, String path, String what) {
        if (r instanceof Remedy.LateFee fee
                && fee.flat().isEmpty()
                && fee.percent().isEmpty()) {
            run.add(INVALID_REMEDY, path, what + " has neither flat nor percent; expected one or both");
        }
        if (r instanceof Remedy.Penalty penalty && penalty.capPercent().isEmpty()) {
            run.add(INVALID_REMEDY, path + ".capPercent", what + " needs 'capPercent'");
        }
    }

    /** The values of the attributes the kind takes. */
    private static void values(ValidationRun run, Obligation o, Remedy r, String path, String what) {
        switch (r.kind()) {
            case LATE_FEE -> {
                Remedy.LateFee fee = (Remedy.LateFee) r;
                fee.flat().ifPresent(f -> PaymentRules.remedyMoney(run, o, f, path + ".flat", what + " flat"));
                fee.percent().ifPresent(p -> {
                    percent(run, p, path + ".percent", what + " percent");
                    if (!PaymentRules.hasAmount(o)) {
                        run.add(
                                INVALID_REMEDY,
                                path + ".percent",
                                what + " percent " + ValueRules.text(p)
                                        + " has no amount to apply to; expected it only on an obligation with an amount");
                    }
                });
            }
            case INTEREST -> {
                percent(run, ((Remedy.Interest) r).annualRatePercent(), path + ".annualRatePercent", what + " rate");
                if (!PaymentRules.hasAmount(o)) {
                    run.add(
                            INVALID_REMEDY,
                            path,
                            what + " has no amount to accrue on; expected it only on an"
                                    + " obligation with an amount");
                }
            }
            case PENALTY -> {
                Remedy.Penalty penalty = (Remedy.Penalty) r;
                percent(run, penalty.percent(), path + ".percent", what + " percent");
                penalty.capPercent().ifPresent(p -> percent(run, p, path + ".capPercent", what + " cap"));
                Span per = penalty.per();
                long max = per.unit().maxAmount();
                if (per.amount() < 1 || per.amount() > max) {
                    run.add(
                            INVALID_REMEDY,
                            path + ".per.amount",
                            what + " per " + per + " is out of range; expected 1 to " + max + " "
                                    + per.unit().label(max));
                }
                penalty.base().ifPresent(b -> PaymentRules.remedyMoney(run, o, b, path + ".base", what + " base"));
                if (penalty.base().isEmpty() && !PaymentRules.hasAmount(o)) {
                    run.add(
                            INVALID_REMEDY,
                            path + ".base",
                            what + " has no base and obligation '" + o.id() + "' has no amount; expected a base");
                }
            }
            case OBLIGATION ->
                remedyObligation(run, o, ((Remedy.RemedyObligation) r).obligation(), path + ".obligation", what);
            case RIGHT -> {
                Remedy.Right granted = (Remedy.Right) r;
                String right = granted.right();
                if (!RIGHT_FORM.matcher(right).matches()) {
                    run.add(
                            INVALID_REMEDY,
                            path + ".right",
                            what + " '" + ValidationRun.abbreviate(right)
                                    + "' is not valid; expected an upper-case word such as SUSPEND_WORK or TERMINATE");
                }
                // Only a suspension has something to end when the breach is cured.
                if (granted.untilCured() && !right.equals(Remedy.SUSPEND_WORK)) {
                    run.add(
                            INVALID_REMEDY,
                            path + ".untilCured",
                            what + " '" + ValidationRun.abbreviate(right)
                                    + "' cannot end when cured; expected untilCured only with the right "
                                    + Remedy.SUSPEND_WORK);
                }
            }
        }
    }

    /** The obligation an {@code OBLIGATION} remedy creates is triggered by the breach of the one it belongs to. */
    private static void remedyObligation(ValidationRun run, Obligation o, ObligationId id, String path, String what) {
        if (!ReferenceRules.remedyObligation(run, o, id, path, what)) {
            return;
        }
        Trigger t = run.agreement.obligations().get(run.obligations.get(id)).trigger();
        if (!(t instanceof Trigger.OnBreach breach) || !breach.obligation().equals(o.id())) {
            run.add(
                    REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH,
                    path,
                    what + " names obligation '" + id + "', whose trigger is " + t + "; expected on breach of "
                            + o.id());
        }
    }

    private static void percent(ValidationRun run, BigDecimal p, String path, String what) {
        if (!ValueRules.percentInRange(p)) {
            run.add(
                    INVALID_REMEDY,
                    path,
                    what + " " + ValueRules.text(p) + " is out of range; expected more than 0 and at most 100");
        }
    }
}
