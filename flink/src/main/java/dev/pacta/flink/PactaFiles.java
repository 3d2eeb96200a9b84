package dev.pacta.flink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Files as the input of {@link PactaFlink#evaluate}: a folder of {@code agreement/1} documents, and events as JSON
 * lines, each line a {@code timeline/1} document that names its agreement (one event or several).
 *
 * <pre>{@code
 * DataStream<AgreementRecord> agreements = PactaFiles.agreements(env, "contracts/");
 * DataStream<TaggedEvent> events = PactaFiles.events(env, "events.jsonl", options);
 * }</pre>
 *
 * <p>The paths are Flink paths: a local folder, or any file system Flink is configured for ({@code s3://...}). This
 * class is thread-safe (it has no state).
 */
public final class PactaFiles {
    /** The file name ending of the agreement documents that {@link #agreementDocuments} reads. */
    public static final String AGREEMENT_SUFFIX = ".agreement.json";

    private PactaFiles() {}

    /**
     * A source of the agreement documents in a folder and its subfolders: the files named {@code *.agreement.json},
     * one document each.
     *
     * @param folder the folder
     * @return the source of the documents' text
     */
    public static FileSource<String> agreementDocuments(String folder) {
        return FileSource.forRecordStreamFormat(new WholeFile(), new Path(folder))
                .setFileEnumerator(() -> new NonSplittingRecursiveEnumerator(PactaFiles::isAgreementOrFolder))
                .build();
    }

    /**
     * A source of the lines of an events file (or of the files in a folder).
     *
     * @param path the file or folder
     * @return the source of the lines
     */
    public static FileSource<String> eventLines(String path) {
        return FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(path))
                .build();
    }

    /**
     * The agreements of a folder, read and checked.
     *
     * @param env the environment
     * @param folder the folder of {@code *.agreement.json} files
     * @return the agreements
     */
    public static DataStream<AgreementRecord> agreements(StreamExecutionEnvironment env, String folder) {
        return env.fromSource(agreementDocuments(folder), WatermarkStrategy.noWatermarks(), "pacta-agreement-files")
                .uid("pacta-agreement-files")
                .map(AgreementRecord::parse, TypeInformation.of(AgreementRecord.class))
                .name("pacta-read-agreements")
                .uid("pacta-read-agreements");
    }

    /**
     * The events of a JSON-lines file: each non-blank line a {@code timeline/1} document naming its agreement, its
     * events tagged in the order they are written.
     *
     * @param env the environment
     * @param path the file (or folder of files)
     * @param options the options; {@link PactaFlinkOptions#eventZone()} timestamps day-only event times
     * @return the tagged events
     */
    public static DataStream<TaggedEvent> events(
            StreamExecutionEnvironment env, String path, PactaFlinkOptions options) {
        ZoneId zone = options.eventZone();
        return env.fromSource(eventLines(path), WatermarkStrategy.noWatermarks(), "pacta-event-files")
                .uid("pacta-event-files")
                .flatMap(
                        (String line, org.apache.flink.util.Collector<TaggedEvent> out) -> {
                            if (!line.isBlank()) {
                                TaggedEvent.fromTimeline(line, zone).forEach(out::collect);
                            }
                        },
                        TypeInformation.of(TaggedEvent.class))
                .name("pacta-read-events")
                .uid("pacta-read-events");
    }

    /** Keeps agreement documents, and names without a dot (folders, to descend into). */
    private static boolean isAgreementOrFolder(Path path) {
        String name = path.getName();
        return !name.startsWith(".") && (name.endsWith(AGREEMENT_SUFFIX) || !name.contains("."));
    }

    /** A whole file as one record: an agreement document is one JSON value over many lines. */
    private static final class WholeFile extends SimpleStreamFormat<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public StreamFormat.Reader<String> createReader(Configuration config, FSDataInputStream stream) {
            return new StreamFormat.Reader<>() {
                private boolean done;

                @Override
                public String read() throws IOException {
                    if (done) {
                        return null;
                    }
                    done = true;
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    stream.transferTo(bytes);
                    return bytes.toString(StandardCharsets.UTF_8);
                }

                @Override
                public void close() throws IOException {
                    stream.close();
                }
            };
        }

        @Override
        public TypeInformation<String> getProducedType() {
            return Types.STRING;
        }
    }
}
