package dev.pacta.flink;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka as the input and output of {@link PactaFlink#evaluate}: topics of Pacta JSON in, a topic of changes out.
 *
 * <ul>
 *   <li>an agreements topic: each record's value an {@code agreement/1} document;
 *   <li>an events topic: each record's value a {@code timeline/1} document naming its agreement. Key the records by
 *       agreement id, so that the events of one agreement stay in one partition, in the order they were sent;
 *   <li>a changes topic: each record's key the change's {@linkplain AgreementChange#key() deterministic key}, its
 *       value {@link AgreementChange#toJson()}. A replay after a failure writes the same keys again, so a compacted
 *       topic, or a consumer that deduplicates by key, sees each change once.
 * </ul>
 *
 * <p>The connector ({@code org.apache.flink:flink-connector-kafka}) is {@code provided}: a job that uses this class
 * bundles it. This class is thread-safe (it has no state).
 */
public final class PactaKafka {
    private PactaKafka() {}

    /**
     * A source of a topic's record values as text, from the earliest offset; finish it with {@code build()} after
     * adding what the deployment needs (a group id, security settings, {@code setBounded} for a bounded run).
     *
     * @param bootstrapServers the brokers
     * @param topic the topic
     * @return the source builder
     */
    public static KafkaSourceBuilder<String> documents(String bootstrapServers, String topic) {
        return KafkaSource.<String>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema());
    }

    /**
     * The agreements of a topic of {@code agreement/1} documents, read and checked.
     *
     * @param env the environment
     * @param source the source of the documents, from {@link #documents}
     * @return the agreements
     */
    public static DataStream<AgreementRecord> agreements(StreamExecutionEnvironment env, KafkaSource<String> source) {
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "pacta-agreements-topic")
                .uid("pacta-agreements-topic")
                .map(AgreementRecord::parse, TypeInformation.of(AgreementRecord.class))
                .name("pacta-read-agreements")
                .uid("pacta-read-agreements");
    }

    /**
     * The events of a topic of {@code timeline/1} documents, tagged in the order they are written.
     *
     * @param env the environment
     * @param source the source of the documents, from {@link #documents}
     * @param options the options; {@link PactaFlinkOptions#eventZone()} timestamps day-only event times
     * @return the tagged events
     */
    public static DataStream<TaggedEvent> events(
            StreamExecutionEnvironment env, KafkaSource<String> source, PactaFlinkOptions options) {
        ZoneId zone = options.eventZone();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "pacta-events-topic")
                .uid("pacta-events-topic")
                .flatMap(
                        (String document, Collector<TaggedEvent> out) ->
                                TaggedEvent.fromTimeline(document, zone).forEach(out::collect),
                        TypeInformation.of(TaggedEvent.class))
                .name("pacta-read-events")
                .uid("pacta-read-events");
    }

    /**
     * A sink of changes to a topic, keyed by each change's deterministic key, at least once (a replay writes the same
     * keys again). The records carry no timestamp of their own: the broker sets it.
     *
     * @param bootstrapServers the brokers
     * @param topic the topic
     * @return the sink
     */
    public static KafkaSink<AgreementChange> changes(String bootstrapServers, String topic) {
        return KafkaSink.<AgreementChange>builder()
                .setBootstrapServers(bootstrapServers)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setRecordSerializer(new ChangeRecords(topic))
                .build();
    }

    /** A change as a record: its key, and its JSON; no timestamp (see {@link #changes}). */
    private record ChangeRecords(String topic) implements KafkaRecordSerializationSchema<AgreementChange> {
        @Override
        public ProducerRecord<byte[], byte[]> serialize(
                AgreementChange change, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(
                    topic,
                    null,
                    null,
                    change.key().getBytes(StandardCharsets.UTF_8),
                    change.toJson().getBytes(StandardCharsets.UTF_8));
        }
    }
}
