package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Puts a run's files into an S3-compatible bucket with the AWS SDK (Signature V4, the JDK's HTTP
 * client, redirects not followed), at {@code <prefix>/<tick>_<run id>/<file name>} with the file's
 * content type. The SSRF guard is asked again right before the calls. The SDK does not retry: a
 * failure fails the attempt, and the run's retries (with backoff) try the destination again.
 * Payloads are signed whole (no chunked or trailing checksums), which every S3-compatible server
 * accepts.
 */
@Singleton
final class S3Delivery {
  private static final DateTimeFormatter TICK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

  private final ReportsConfiguration config;
  private final WebhookGuard guard;

  S3Delivery(ReportsConfiguration config, WebhookGuard guard) {
    this.config = requireNonNull(config, "config is null");
    this.guard = requireNonNull(guard, "guard is null");
  }

  /**
   * Why an endpoint may not be called now (the SSRF guard), unless {@code
   * engram.reports.allow-private-bucket-endpoints}.
   */
  static Optional<String> refusal(ReportsConfiguration config, WebhookGuard guard, URI endpoint) {
    return config.allowPrivateBucketEndpoints() ? Optional.empty() : guard.refusal(endpoint);
  }

  String deliver(ReportRun run, List<ReportSource.Output> files, Destination.S3 to)
      throws IOException {
    Optional<String> refused = refusal(config, guard, to.endpoint());
    if (refused.isPresent()) {
      throw new IOException("refused: " + refused.get());
    }
    String folder =
        (to.prefix().isEmpty() ? "" : to.prefix() + "/") + TICK.format(run.tick()) + "_" + run.id();
    try (S3Client s3 = client(to)) {
      for (ReportSource.Output file : files) {
        PutObjectRequest put =
            PutObjectRequest.builder()
                .bucket(to.bucket())
                .key(folder + "/" + file.fileName())
                .contentType(file.contentType())
                .contentLength((long) file.body().length)
                .metadata(Map.of("engram-run", run.id(), "engram-org", run.orgId()))
                .build();
        s3.putObject(put, RequestBody.fromBytes(file.body()));
      }
    } catch (S3Exception e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      throw new IOException(
          "S3 "
              + e.statusCode()
              + (code == null ? "" : " " + code)
              + " (bucket "
              + to.bucket()
              + ")",
          e);
    } catch (SdkException | DateTimeException e) {
      throw new IOException(e.getMessage(), e);
    }
    return "s3://" + to.bucket() + "/" + folder + "/ (" + files.size() + " objects)";
  }

  private S3Client client(Destination.S3 to) {
    return S3Client.builder()
        .endpointOverride(to.endpoint())
        .region(Region.of(to.region()))
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(to.accessKeyId(), to.secretAccessKey())))
        .serviceConfiguration(
            S3Configuration.builder()
                .pathStyleAccessEnabled(to.pathStyle())
                .chunkedEncodingEnabled(false)
                .build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClient(
            UrlConnectionHttpClient.builder()
                .connectionTimeout(config.timeout())
                .socketTimeout(config.timeout())
                .build())
        .overrideConfiguration(
            o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(config.timeout()))
        .build();
  }
}
