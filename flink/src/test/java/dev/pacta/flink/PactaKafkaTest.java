package dev.pacta.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pacta.core.model.Agreement;
import dev.pacta.core.model.Timeline;
import dev.pacta.core.report.ComplianceReport;
import dev.pacta.json.PactaJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Kafka source and sink against a real broker: a single-node Apache Kafka 4 in KRaft mode, started in this JVM
 * from Kafka's own test kit. The sample agreements and their events go in as Pacta JSON, the job runs on a MiniCluster
 * at parallelism 2, and the changes topic holds each change under its key, each agreement ending in the states of a
 * full evaluation.
 */
class PactaKafkaTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    static final Instant UNTIL = PactaFilesTest.UNTIL;
    static KafkaClusterTestKit kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Timeout(180)
    void samples_throughKafka_endInTheStatesOfAFullEvaluation() throws Exception {
        String servers = kafka.bootstrapServers();
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            admin.createTopics(List.of(
                            new NewTopic("agreements", 1, (short) 1),
                            new NewTopic("events", 2, (short) 1),
                            new NewTopic("changes", 2, (short) 1)))
                    .all()
                    .get();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(PactaFilesTest.SAMPLES)) {
            files = list.filter(f -> f.toString().endsWith(PactaFiles.AGREEMENT_SUFFIX))
                    .sorted()
                    .toList();
        }
        Properties producing = kafka.clientProperties();
        producing.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producing.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producing)) {
            for (Path f : files) {
                Agreement a = PactaJson.AGREEMENT.read(f);
                producer.send(new ProducerRecord<>("agreements", a.id().value(), Files.readString(f)));
            }
            // Keyed by agreement: the events of one agreement in one partition, in order.
            for (String line : Files.readAllLines(PactaFilesTest.EVENTS)) {
                String agreement =
                        PactaJson.TIMELINE.read(line).agreement().orElseThrow().value();
                producer.send(new ProducerRecord<>("events", agreement, line));
            }
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        PactaFlinkOptions options =
                PactaFlinkOptions.defaults().outOfOrderness(Duration.ofDays(1)).until(UNTIL);
        SingleOutputStreamOperator<AgreementChange> changes = PactaFlink.evaluate(
                PactaKafka.agreements(
                        env,
                        PactaKafka.documents(servers, "agreements")
                                .setBounded(OffsetsInitializer.latest())
                                .build()),
                PactaKafka.events(
                        env,
                        PactaKafka.documents(servers, "events")
                                .setBounded(OffsetsInitializer.latest())
                                .build(),
                        options),
                options);
        changes.sinkTo(PactaKafka.changes(servers, "changes"));
        Jobs.Collect<Object> late = Jobs.newSink();
        changes.getSideOutput(PactaFlink.LATE_EVENTS).sinkTo(new Jobs.Collect<>(late.run));
        env.execute("pacta-kafka");
        assertThat(Jobs.output(late.run).late()).isEmpty();

        Map<String, AgreementChange> byKey = new LinkedHashMap<>();
        Properties consuming = kafka.clientProperties();
        consuming.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consuming.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consuming.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consuming.put(ConsumerConfig.GROUP_ID_CONFIG, "pacta-test");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consuming)) {
            consumer.subscribe(List.of("changes"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int quiet = 0;
            while (quiet < 3 && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofSeconds(1));
                quiet = records.isEmpty() && !byKey.isEmpty() ? quiet + 1 : 0;
                for (ConsumerRecord<String, String> r : records) {
                    AgreementChange c = AgreementChange.parseJson(r.value());
                    assertThat(r.key()).isEqualTo(c.key());
                    byKey.put(r.key(), c);
                }
            }
        }
        Map<String, List<AgreementChange>> byAgreement =
                byKey.values().stream().collect(Collectors.groupingBy(AgreementChange::agreement));
        assertThat(byAgreement).hasSize(files.size());
        for (Path f : files) {
            Agreement a = PactaJson.AGREEMENT.read(f);
            Timeline timeline = PactaJson.TIMELINE.read(
                    Path.of(f.toString().replace(PactaFiles.AGREEMENT_SUFFIX, ".timeline.json")));
            ComplianceReport full = Reference.ENGINE.evaluate(a, timeline, UNTIL);
            List<AgreementChange> mine = FlinkJobProperties.sorted(new ArrayList<>(byAgreement.get(a.id().value())));
            assertThat(FlinkJobProperties.lastStates(mine))
                    .as("last states of %s", a.id())
                    .isEqualTo(full.instances().stream()
                            .collect(Collectors.toMap(
                                    r -> r.id().toString(), r -> r.state().name())));
        }
    }
}
