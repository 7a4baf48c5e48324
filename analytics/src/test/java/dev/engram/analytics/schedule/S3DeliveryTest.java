package dev.engram.analytics.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.analytics.Window;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 destination against a real S3-compatible server running in-process (S3Proxy over jclouds'
 * in-memory store, with AWS Signature V4 authentication): the objects are read back with an
 * independent client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3DeliveryTest {
  private static final String ACCESS_KEY = "engram-test-access";
  private static final String SECRET_KEY = "engram-test-secret-key";

  private BlobStoreContext store;
  private S3Proxy proxy;
  private URI endpoint;
  private S3Client reader;

  @BeforeAll
  void startServer() throws Exception {
    store =
        ContextBuilder.newBuilder("transient")
            .credentials("identity", "credential")
            .build(BlobStoreContext.class);
    proxy =
        S3Proxy.builder()
            .blobStore(store.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    reader =
        S3Client.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    reader.createBucket(b -> b.bucket("engram-reports"));
  }

  @AfterAll
  void stopServer() throws Exception {
    reader.close();
    proxy.stop();
    store.close();
  }

  private static ReportsConfiguration config(boolean allowPrivate) {
    return new ReportsConfiguration(
        null,
        3,
        Duration.ofMillis(100),
        Duration.ofSeconds(5),
        false,
        allowPrivate,
        10,
        10,
        null,
        25,
        null,
        null,
        "engram@localhost",
        false);
  }

  private static ReportRun run(String id) {
    return new ReportRun(
        id,
        "rsch_s3",
        "org_s3",
        "manual",
        Instant.parse("2026-12-03T07:00:00Z"),
        new Window(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-12-03")),
        "running",
        1,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        Instant.parse("2026-12-03T07:00:00Z"));
  }

  private Destination.S3 bucket(String name, String prefix, String secret) {
    return new Destination.S3(endpoint, name, prefix, "us-east-1", ACCESS_KEY, secret, true);
  }

  @Test
  void putsEveryFileUnderThePrefixWithItsContentTypeAndBytes() throws IOException {
    byte[] pdf = new byte[150_000];
    new Random(7).nextBytes(pdf);
    byte[] csv = "section,item\nsummary,figure\n".getBytes(StandardCharsets.UTF_8);
    List<ReportSource.Output> files =
        List.of(
            new ReportSource.Output(pdf, "application/pdf", "engram-executive.pdf"),
            new ReportSource.Output(csv, "text/csv; charset=utf-8", "engram-executive.csv"));
    S3Delivery delivery = new S3Delivery(config(true), url -> Optional.of("never asked"));

    String detail =
        delivery.deliver(
            run("rrun_one"), files, bucket("engram-reports", "exec/weekly", SECRET_KEY));

    String folder = "exec/weekly/2026-12-03T0700Z_rrun_one/";
    assertThat(detail).isEqualTo("s3://engram-reports/" + folder + " (2 objects)");
    assertThat(
            reader.listObjectsV2(b -> b.bucket("engram-reports").prefix(folder)).contents().stream()
                .map(S3Object::key))
        .containsExactlyInAnyOrder(
            folder + "engram-executive.pdf", folder + "engram-executive.csv");
    ResponseBytes<GetObjectResponse> got =
        reader.getObjectAsBytes(
            b -> b.bucket("engram-reports").key(folder + "engram-executive.pdf"));
    assertThat(got.response().contentType()).isEqualTo("application/pdf");
    assertThat(got.response().contentLength()).isEqualTo(pdf.length);
    assertThat(got.asByteArray()).isEqualTo(pdf);
    assertThat(got.response().metadata()).containsEntry("engram-run", "rrun_one");
    ResponseBytes<GetObjectResponse> text =
        reader.getObjectAsBytes(
            b -> b.bucket("engram-reports").key(folder + "engram-executive.csv"));
    assertThat(text.response().contentType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(text.asByteArray()).isEqualTo(csv);
  }

  @Test
  void withoutAPrefixTheRunFolderIsAtTheBucketRoot() throws IOException {
    S3Delivery delivery = new S3Delivery(config(true), url -> Optional.empty());
    delivery.deliver(
        run("rrun_root"),
        List.of(new ReportSource.Output(new byte[] {1, 2, 3}, "application/json", "r.json")),
        bucket("engram-reports", "", SECRET_KEY));

    assertThat(
            reader
                .getObjectAsBytes(
                    b -> b.bucket("engram-reports").key("2026-12-03T0700Z_rrun_root/r.json"))
                .asByteArray())
        .containsExactly(1, 2, 3);
  }

  @Test
  void aMissingBucketOrAWrongSecretFailsTheAttemptWithTheServersAnswer() {
    S3Delivery delivery = new S3Delivery(config(true), url -> Optional.empty());
    List<ReportSource.Output> files =
        List.of(new ReportSource.Output(new byte[] {1}, "application/json", "r.json"));

    assertThatThrownBy(
            () -> delivery.deliver(run("rrun_nb"), files, bucket("no-such-bucket", "", SECRET_KEY)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("S3 404")
        .hasMessageContaining("NoSuchBucket")
        .hasMessageContaining("no-such-bucket");
    assertThatThrownBy(
            () ->
                delivery.deliver(
                    run("rrun_bad"), files, bucket("engram-reports", "", "not-the-secret-key")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("S3 403");
    assertThat(
            reader
                .listObjectsV2(b -> b.bucket("engram-reports").prefix("2026-12-03T0700Z_rrun_bad"))
                .contents())
        .isEmpty();
  }

  @Test
  void theSsrfGuardIsAskedBeforeEveryDeliveryUnlessPrivateEndpointsAreAllowed() {
    List<ReportSource.Output> files =
        List.of(new ReportSource.Output(new byte[] {1}, "application/json", "r.json"));
    S3Delivery guarded =
        new S3Delivery(config(false), url -> Optional.of(url.getHost() + " is a loopback address"));

    assertThatThrownBy(
            () -> guarded.deliver(run("rrun_g"), files, bucket("engram-reports", "", SECRET_KEY)))
        .isInstanceOf(IOException.class)
        .hasMessage("refused: 127.0.0.1 is a loopback address");
    assertThat(
            reader
                .listObjectsV2(b -> b.bucket("engram-reports").prefix("2026-12-03T0700Z_rrun_g"))
                .contents())
        .isEmpty();
  }
}
