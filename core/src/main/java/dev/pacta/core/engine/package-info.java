/**
 * The compliance engine: {@link dev.pacta.core.engine.ComplianceEngine} evaluates an agreement's timeline as of an
 * instant into a {@link dev.pacta.core.report.ComplianceReport}; {@link dev.pacta.core.engine.Evaluation} does the
 * same incrementally as events arrive; {@link dev.pacta.core.engine.ComplianceRule} lets users add findings.
 *
 * <h2>The package, as the design's table of contents</h2>
 * The engine is three layers; dependencies only point downwards ({@code EngineLayersTest} checks it).
 * <ul>
 *   <li><b>The event loop, and the views on it</b> (on top). {@code Simulation} replays the timeline, asks the rules
 *       what happens, applies their decisions and fires what follows ({@code Triggers}: the instances that come into
 *       force, and those a fulfilment, breach, event or milestone triggers). {@code Reporter} (with {@code Scorecards} and {@code Explanation}) turns it into a
 *       {@link dev.pacta.core.report.ComplianceReport} ({@code ReportView}, whose rows are {@code Row}s: views of
 *       the instances' facts); {@code ChangeTracker} into changes; {@link
 *       dev.pacta.core.engine.ComplianceEngine} and {@link dev.pacta.core.engine.Evaluation} are the entry points.
 *   <li><b>The rules</b> (in the middle), one file per chapter of the design, each returning decisions:
 *       <ul>
 *         <li>{@code Deadlines} — §3 time and calendars: an instance's deadline, grace, occurrences of a schedule;
 *         <li>{@code Matching} — §4 fulfilment matching: the instance an event fulfils ({@code target}), the
 *             prohibitions an act breaks;
 *         <li>{@code Prerequisites} — §4 dependencies and excused delay: what blocks an instance, how far a
 *             dependent's deadline moves;
 *         <li>{@code Responsibility} — §4 responsibility: every count of lateness (its unit, with the fall-back to
 *             calendar days; the measure; attribution; milestone and scorecard counts; remedy periods);
 *         <li>{@code Milestones} — §4 milestones: when one is reached;
 *         <li>{@code Payments} — §4 payments: amounts due, what a payment pays (amounts due and charges, oldest
 *             first), credit and its netting against charges; {@code PaymentBalances}, a report's balances;
 *         <li>{@code Remedies} — §4 remedies: late fees, interest, penalties (the charges of a breach as of an
 *             instant), granted rights;
 *         <li>{@code Rights} — §4 remedies: which granted rights a party may exercise (until the breach is cured);
 *         <li>{@code ControlEvents} — §2 control events: waiver, extension, suspension, resumption, termination,
 *             notice, with their authorisation; {@code Suspensions}, suspension and resumption (and the cure that
 *             ends a suspension under a right);
 *         <li>{@code Amendments} — §2 amendments and consent: proposals, acceptances, amendments applied;
 *         <li>{@code Terminations} — §2 termination and its grounds: a right from a breach, or a termination clause.
 *       </ul>
 *       {@code ControlEvents.decide} returns what an authorised control event does, one act per instance. Only
 *       {@code Payments} applies its transitions itself, since an instance paid up is fulfilled at once and what that
 *       triggers may take credit before the rest of the payment is applied; it hands the fulfilment back to the loop
 *       through {@code FollowUps}.
 *   <li><b>The state</b> (underneath): {@code Ledger}, what the evaluation knows so far, and the one way into an
 *       instance's live state — named transitions ({@code fulfil}, {@code waive}, {@code cancel}, {@code breach},
 *       {@code suspend}, {@code resume}, {@code moveDeadline}, {@code pay}, {@code payCharge}, {@code notice}) that
 *       replace its immutable
 *       {@code Facts} and record the change. Below it: {@code Inst} and {@code Obl}, {@code Deadline}, {@code
 *       Anchor}, {@code EventNames} (the ledger names events by their number in the evaluation), {@code Days} (local days of the zone), and {@code GuardedCalendar}, through which every calendar
 *       lookup goes, so that a gap in the calendar's data becomes a {@code CALENDAR_NOT_COVERED} finding, never an
 *       exception.
 * </ul>
 *
 * <h2>How an evaluation works</h2>
 * The engine replays the timeline in order, interleaving the instants at which something happens by itself (an
 * instance comes into force on the effective date or at the start of a recurring period, grace ends, the agreement's
 * end date passes). Those happen before the events of the same instant. For each event:
 * <ol>
 *   <li>an event by someone who is not a party is ignored ({@code UNKNOWN_ACTOR});
 *   <li>a control event (waiver, extension, suspension, resumption, termination, notice, amendment, acceptance) is
 *       checked for authorisation and a usable reference; if it fails, it is ignored with a finding and changes nothing;
 *   <li>an event of a fulfilling kind by the obligor fulfils one instance: the one its {@code ref} names (an
 *       instance id such as {@code approve-mockup#2}, the id of the event that triggered the instance, or an
 *       obligation id), else the recurring instance whose period contains it, else the oldest open instance;
 *       time-bound obligations accept nothing after deadline + grace;
 *   <li>the same event breaches any {@code MUST_NOT} instance it violates, and triggers {@code ON_EVENT}
 *       obligations (an event never fulfils an instance it triggered).
 * </ol>
 * Fulfilments and breaches trigger {@code ON_FULFILMENT} / {@code ON_BREACH} obligations; a milestone is reached
 * when every instance of its required obligations is fulfilled, waived or cancelled (and at least one exists) and
 * the milestones it depends on are reached.
 *
 * <h2>Decisions where the design is silent</h2>
 * <ul>
 *   <li>Only the beneficiary may waive, extend or suspend an instance, except that the obligor may suspend its own
 *       work under a right to suspend work from an uncured breach by the beneficiary ({@code Rights}); only the
 *       party that suspended may resume (or the cure, when the right lasts until cured); any party may give
 *       notice. A termination needs a ground: a {@code TERMINATE} right from an uncured breach (at once) or a
 *       termination clause (when its notice ends). An amendment needs every party's consent ({@code Amendments}):
 *       signed by all, or proposed and accepted.
 *   <li>A breach is final: an extension or suspension of a breached instance is ignored (waive it instead); a late
 *       fulfilment still makes it {@code FULFILLED_LATE} unless the obligation is time-bound.
 *   <li>On resumption a date deadline moves by the calendar days between the suspension's and resumption's dates; a
 *       time deadline moves by the exact suspended duration.
 *   <li>Consequences of a breach ({@code ON_BREACH}) arise even after termination; other triggers create nothing
 *       after the agreement ended unless the obligation survives termination.
 *   <li>Lateness is at least one unit: business days counted from the day after the due date through the day of
 *       fulfilment (a late act on a weekend counts as 1), calendar days, or started hours for time deadlines.
 *       Milestone lateness is in business days of the agreement's calendar.
 * </ul>
 *
 * <h2>What is computed eagerly, what lazily, and what is kept</h2>
 * <ul>
 *   <li>A report's rows are views of the instances' {@code Facts} records as of the report: their ids, dates and
 *       states are read from the facts. A one-off evaluation ({@link dev.pacta.core.engine.ComplianceEngine#evaluate})
 *       owns its simulation, which never changes after the report, so each row's lateness, money, blockers and
 *       attribution, and the report's findings, rights, scorecards and balances, are worked out when first read
 *       (under one lock per report); a live evaluation's reports and changes work them out at once, since its
 *       simulation goes on. Explanations and the messages of findings about late instances are put into words only
 *       when first read ({@link dev.pacta.core.report.InstanceReport#explanation()}), from facts captured when the
 *       report was built, so reading them later, or on another thread, gives the same text.
 *   <li>A live {@link dev.pacta.core.engine.Evaluation} reuses an instance's report while the instance's facts are
 *       the same (the same {@code Facts} record: every write replaces it): always once the instance is closed,
 *       and for the same instant for a breached duty or a prohibition. Properties check that a report after every
 *       event equals a full evaluation.
 *   <li>{@link dev.pacta.core.engine.Evaluation#pollChanges()} examines only the instances that may have changed since
 *       the previous look: those whose facts changed, those whose late or breach instant came, and the open
 *       dependents paired with these (see {@code docs/semantics.md}, "Changes").
 *   <li>An engine caches each zone's offsets between transitions. This is a cache of what the zone rules say and
 *       changes no result, so the engine stays immutable and thread-safe in behaviour.
 * </ul>
 */
package dev.pacta.core.engine;
