package dev.pacta.json.internal.wire;

import static dev.pacta.json.internal.WireType.Omitted.ABSENT;
import static dev.pacta.json.internal.WireType.Omitted.EMPTY;
import static dev.pacta.json.internal.WireType.Omitted.NEVER;

import dev.pacta.core.model.Milestone;
import dev.pacta.core.model.MilestoneId;
import dev.pacta.core.model.ObligationId;
import dev.pacta.core.model.Party;
import dev.pacta.core.model.PartyId;
import dev.pacta.json.DocumentKind;
import dev.pacta.json.internal.WireType;
import dev.pacta.json.internal.WireType.Property;
import dev.pacta.json.internal.deser.Scalars;
import dev.pacta.json.internal.ser.Write;
import java.util.List;

/**
 * The tables of the wire types that are read and written by their table: each property once, in its written order.
 * See {@code docs/json-format.md} for what each property means.
 */
public final class WireTypes {
    private WireTypes() {}

    /** A {@link Party}: {@code {"id", "name", "role", "contact"?}}. */
    public static final WireType<Party, Party.Builder> PARTY = new WireType<>(
            "party",
            DocumentKind.AGREEMENT,
            "a party",
            Party::builder,
            Party.Builder::build,
            List.of(
                    new Property<>(
                            "id",
                            NEVER,
                            (p, c, b) -> b.id(Scalars.id(p, PartyId::of, "a party id")),
                            (g, n, v) -> g.writeStringField(n, v.id().value())),
                    new Property<>(
                            "name",
                            NEVER,
                            (p, c, b) -> b.name(Scalars.text(p, "the party's name")),
                            (g, n, v) -> g.writeStringField(n, v.name())),
                    new Property<>(
                            "role",
                            NEVER,
                            (p, c, b) -> b.role(Scalars.role(p)),
                            (g, n, v) -> g.writeStringField(n, v.role().name())),
                    new Property<>(
                            "contact",
                            ABSENT,
                            (p, c, b) -> b.contact(Scalars.text(p, "the point of contact")),
                            (g, n, v) -> Write.text(g, n, v.contact()))));

    /** A {@link Milestone}: {@code {"id", "title", "target", "requires"?, "dependsOn"?}}. */
    public static final WireType<Milestone, Milestone.Builder> MILESTONE = new WireType<>(
            "milestone",
            DocumentKind.AGREEMENT,
            "a milestone",
            Milestone::builder,
            Milestone.Builder::build,
            List.of(
                    new Property<>(
                            "id",
                            NEVER,
                            (p, c, b) -> b.id(Scalars.id(p, MilestoneId::of, "a milestone id")),
                            (g, n, v) -> g.writeStringField(n, v.id().value())),
                    new Property<>(
                            "title",
                            NEVER,
                            (p, c, b) -> b.title(Scalars.text(p, "the milestone's title")),
                            (g, n, v) -> g.writeStringField(n, v.title())),
                    new Property<>(
                            "target",
                            NEVER,
                            (p, c, b) -> b.target(Scalars.date(p)),
                            (g, n, v) -> Write.date(g, n, v.target())),
                    new Property<>(
                            "requires",
                            EMPTY,
                            (p, c, b) -> b.requires(Scalars.array(
                                    p,
                                    c,
                                    "obligation ids",
                                    (q, d) -> Scalars.id(q, ObligationId::of, "an obligation id"))),
                            (g, n, v) -> Write.ids(g, n, v.requires())),
                    new Property<>(
                            "dependsOn",
                            EMPTY,
                            (p, c, b) -> b.dependsOn(Scalars.array(
                                    p, c, "milestone ids", (q, d) -> Scalars.id(q, MilestoneId::of, "a milestone id"))),
                            (g, n, v) -> Write.ids(g, n, v.dependsOn()))));

    /**
     * Every table, for the test that holds them equal to the schema and the docs.
     *
     * @return the tables
     */
    public static List<WireType<?, ?>> all() {
        return List.of(PARTY, MILESTONE);
    }
}
