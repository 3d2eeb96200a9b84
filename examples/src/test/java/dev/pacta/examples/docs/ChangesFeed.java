package dev.pacta.examples.docs;

import dev.pacta.core.engine.ComplianceEngine;
import dev.pacta.core.engine.Evaluation;
import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Event;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceChanges;
import dev.pacta.core.time.CalendarSource;
import dev.pacta.json.PactaJson;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

/** A feed of changes/1 documents: what each event of a timeline changed, written and read back. */
public class ChangesFeed {
    public static void main(String[] args) throws IOException {
        Agreement agreement = PactaJson.readAgreement(Path.of("samples/web-development.agreement.json"));
        Timeline timeline = PactaJson.readTimeline(Path.of("samples/web-development.timeline.json"));

        Evaluation live = ComplianceEngine.of(CalendarSource.builtIns()).start(agreement);
        for (Event event : timeline.ordered(agreement.zone()).subList(0, 3)) {
            live.append(event); // as each event arrives
            StringWriter out = new StringWriter();
            PactaJson.CHANGES.write(live.pollChanges(), out); // what changed since the previous look
            ComplianceChanges again = PactaJson.CHANGES.read(new StringReader(out.toString()));
            System.out.println(event.id() + " " + event.kind() + ", rows changed: "
                    + again.instances().size());
        }
    }
}
