package dev.pacta.flink;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.json.PactaJson;
import java.time.LocalDate;

/** A small agreement for the example-based tests: a delivery due some days after the brief is sent. */
final class Samples {
    private Samples() {}

    static Agreement agreement(int days) {
        return PactaJson.AGREEMENT.read("""
                {
                  "pacta": "agreement/1",
                  "id": "web-2026",
                  "title": "Web site",
                  "zone": "UTC",
                  "effectiveDate": "2026-01-05",
                  "parties": [
                    {"id": "client", "name": "Client", "role": "CLIENT"},
                    {"id": "studio", "name": "Studio", "role": "PROVIDER"}
                  ],
                  "obligations": [
                    {
                      "id": "deliver",
                      "title": "Deliver the site",
                      "category": "DELIVERABLE",
                      "obligor": "studio",
                      "beneficiary": "client",
                      "trigger": {"kind": "ON_EVENT", "event": "brief.sent"},
                      "deadline": {"days": %d},
                      "fulfilledBy": ["site.delivered"]
                    }
                  ]
                }
                """.formatted(days));
    }

    static Event event(String id, String date, String kind, String actor) {
        return Event.of(id, LocalDate.parse(date), kind, actor);
    }
}
