package dev.pacta.core.model;

import static dev.pacta.core.model.ValidationCodes.INVALID_REMEDY;
import static dev.pacta.core.model.ValidationCodes.REMEDY_OBLIGATION_NOT_TRIGGERED_BY_BREACH;

import dev.pacta.core.money.DayCount;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The rules of an obligation's remedies ({@code INVALID_REMEDY} unless named otherwise). First their shape: which
 * attributes each kind takes and needs ({@link #shape}). Then their values: percentages in (0, 100], {@code per} from
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
     * Which attribute goes with which kind: those the kind does not take, then those it needs. Every problem of the
     * shape comes before the values' problems of the same remedy.
     */
    private static void shape(ValidationRun run, Remedy r, String path, String what) {
        Remedy.Kind kind = r.kind();
        // Attributes the kind does not take.
        notTaken(run, r.flat().isPresent() && kind != Remedy.Kind.LATE_FEE, path, "flat", what);
        notTaken(
                run,
                r.percent().isPresent() && kind != Remedy.Kind.LATE_FEE && kind != Remedy.Kind.PENALTY,
                path,
                "percent",
                what);
        notTaken(
                run,
                r.annualRatePercent().isPresent() && kind != Remedy.Kind.INTEREST,
                path,
                "annualRatePercent",
                what);
        notTaken(run, r.dayCount() != DayCount.ACT_365F && kind != Remedy.Kind.INTEREST, path, "dayCount", what);
        notTaken(run, r.per().isPresent() && kind != Remedy.Kind.PENALTY, path, "per", what);
        notTaken(run, r.capPercent().isPresent() && kind != Remedy.Kind.PENALTY, path, "capPercent", what);
        notTaken(run, r.base().isPresent() && kind != Remedy.Kind.PENALTY, path, "base", what);
        notTaken(run, r.proRata() && kind != Remedy.Kind.PENALTY, path, "proRata", what);
        notTaken(run, r.obligation().isPresent() && kind != Remedy.Kind.OBLIGATION, path, "obligation", what);
        notTaken(run, r.right().isPresent() && kind != Remedy.Kind.RIGHT, path, "right", what);
        notTaken(run, r.untilCured() && kind != Remedy.Kind.RIGHT, path, "untilCured", what);
        // Attributes the kind needs.
        switch (kind) {
            case LATE_FEE -> {
                if (r.flat().isEmpty() && r.percent().isEmpty()) {
                    run.add(INVALID_REMEDY, path, what + " has neither flat nor percent; expected one or both");
                }
            }
            case INTEREST -> needs(run, r.annualRatePercent().isPresent(), path, "annualRatePercent", what);
            case PENALTY -> {
                needs(run, r.percent().isPresent(), path, "percent", what);
                needs(run, r.per().isPresent(), path, "per", what);
                needs(run, r.capPercent().isPresent(), path, "capPercent", what);
            }
            case OBLIGATION -> needs(run, r.obligation().isPresent(), path, "obligation", what);
            case RIGHT -> needs(run, r.right().isPresent(), path, "right", what);
        }
    }

    private static void needs(ValidationRun run, boolean present, String path, String attribute, String what) {
        if (!present) {
            run.add(INVALID_REMEDY, path + "." + attribute, what + " needs '" + attribute + "'");
        }
    }

    private static void notTaken(ValidationRun run, boolean violated, String path, String attribute, String what) {
        if (violated) {
            run.add(INVALID_REMEDY, path + "." + attribute, what + " does not take '" + attribute + "'");
        }
    }

    /** The values of the attributes the kind takes. */
    private static void values(ValidationRun run, Obligation o, Remedy r, String path, String what) {
        switch (r.kind()) {
            case LATE_FEE -> {
                r.flat().ifPresent(f -> PaymentRules.remedyMoney(run, o, f, path + ".flat", what + " flat"));
                r.percent().ifPresent(p -> {
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
                r.annualRatePercent().ifPresent(p -> percent(run, p, path + ".annualRatePercent", what + " rate"));
                if (!PaymentRules.hasAmount(o)) {
                    run.add(
                            INVALID_REMEDY,
                            path,
                            what + " has no amount to accrue on; expected it only on an"
                                    + " obligation with an amount");
                }
            }
            case PENALTY -> {
                r.percent().ifPresent(p -> percent(run, p, path + ".percent", what + " percent"));
                r.capPercent().ifPresent(p -> percent(run, p, path + ".capPercent", what + " cap"));
                r.per().ifPresent(per -> {
                    long max = per.unit().maxAmount();
                    if (per.amount() < 1 || per.amount() > max) {
                        run.add(
                                INVALID_REMEDY,
                                path + ".per.amount",
                                what + " per " + per + " is out of range; expected 1 to " + max + " "
                                        + per.unit().label(max));
                    }
                });
                r.base().ifPresent(b -> PaymentRules.remedyMoney(run, o, b, path + ".base", what + " base"));
                if (r.base().isEmpty() && !PaymentRules.hasAmount(o)) {
                    run.add(
                            INVALID_REMEDY,
                            path + ".base",
                            what + " has no base and obligation '" + o.id() + "' has no amount; expected a base");
                }
            }
            case OBLIGATION -> r.obligation().ifPresent(id -> remedyObligation(run, o, id, path + ".obligation", what));
            case RIGHT ->
                r.right().ifPresent(right -> {
                    if (!RIGHT_FORM.matcher(right).matches()) {
                        run.add(
                                INVALID_REMEDY,
                                path + ".right",
                                what + " '" + ValidationRun.abbreviate(right)
                                        + "' is not valid; expected an upper-case word such as SUSPEND_WORK or TERMINATE");
                    }
                    // Only a suspension has something to end when the breach is cured.
                    if (r.untilCured() && !right.equals(Remedy.SUSPEND_WORK)) {
                        run.add(
                                INVALID_REMEDY,
                                path + ".untilCured",
                                what + " '" + ValidationRun.abbreviate(right)
                                        + "' cannot end when cured; expected untilCured only with the right "
                                        + Remedy.SUSPEND_WORK);
                    }
                });
        }
    }

    /** The obligation an {@code OBLIGATION} remedy creates is triggered by the breach of the one it belongs to. */
    private static void remedyObligation(ValidationRun run, Obligation o, ObligationId id, String path, String what) {
        if (!ReferenceRules.remedyObligation(run, o, id, path, what)) {
            return;
        }
        Trigger t = run.agreement.obligations().get(run.obligations.get(id)).trigger();
        if (t.kind() != Trigger.Kind.ON_BREACH || !t.obligation().orElseThrow().equals(o.id())) {
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
