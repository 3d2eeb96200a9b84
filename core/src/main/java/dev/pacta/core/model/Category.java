package dev.pacta.core.model;

/** What kind of responsibility an obligation is; used for grouping, scorecards and defaults. */
public enum Category {
    /** Communicating needs, expectations, changes and problems. */
    COMMUNICATION,
    /** Providing information: a brief, requirements, guest lists, preferences. */
    INFORMATION,
    /** Providing resources: access to systems, content, data, people. */
    RESOURCES,
    /** Giving feedback on drafts, prototypes and concepts. */
    FEEDBACK,
    /** Approving (or rejecting) a deliverable or decision. */
    APPROVAL,
    /** Delivering work. */
    DELIVERABLE,
    /** Paying an amount; fulfilled by {@code payment} events. */
    PAYMENT,
    /** Attending or holding a meeting or check-in. */
    MEETING,
    /** Not disclosing confidential information. */
    CONFIDENTIALITY,
    /** Complying with a law, policy or term. */
    COMPLIANCE,
    /** Anything else. */
    OTHER
}
