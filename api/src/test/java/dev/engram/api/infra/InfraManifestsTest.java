package dev.engram.api.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compose stack and the Kubernetes manifests parse and reference only what exists: images
 * pinned to a version, files that are in the repository, services that are declared, the ports
 * Engram listens on, and environment variables the configuration reference (docs/configuration.md)
 * documents.
 */
@SuppressWarnings("unchecked")
class InfraManifestsTest {
  private static final Set<String> OTHER_SERVICES_ENV =
      Set.of(
          "POSTGRES_DB",
          "POSTGRES_USER",
          "POSTGRES_PASSWORD",
          "GF_AUTH_ANONYMOUS_ENABLED",
          "KC_BOOTSTRAP_ADMIN_USERNAME",
          "KC_BOOTSTRAP_ADMIN_PASSWORD",
          "ENGRAM_CONSOLE_URL",
          "ENGRAM_PROVISIONER_SECRET",
          "JAVA_OPTS_APPEND");

  @Test
  void composeServicesReferenceOnlyWhatExists() {
    Map<String, Object> compose =
        (Map<String, Object>) InfraFiles.yaml(InfraFiles.INFRA.resolve("docker-compose.yml"));
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");
    Set<String> documented = InfraFiles.documentedEnvironment();

    assertThat(services)
        .containsKeys(
            "engram-1",
            "engram-2",
            "proxy",
            "mongodb",
            "postgres",
            "redis",
            "keycloak",
            "prometheus",
            "alertmanager",
            "grafana");
    for (var entry : services.entrySet()) {
      String name = entry.getKey();
      Map<String, Object> service = entry.getValue();
      String image = (String) service.get("image");
      assertThat(image).as(name + " image").isNotNull().contains(":").doesNotEndWith(":latest");
      for (Object dependency : dependencies(service)) {
        assertThat(services).as(name + " depends on").containsKey((String) dependency);
      }
      for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
        String source = volume.toString().split(":")[0];
        if (source.startsWith("./")) {
          assertThat(InfraFiles.INFRA.resolve(source)).as(name + " mounts").exists();
        }
      }
      Map<String, Object> environment =
          (Map<String, Object>) service.getOrDefault("environment", Map.of());
      for (String variable : environment.keySet()) {
        if (name.startsWith("engram-")) {
          assertThat(documented).as(name + " sets " + variable).contains(variable);
        } else {
          assertThat(OTHER_SERVICES_ENV).as(name + " sets " + variable).contains(variable);
        }
      }
    }
    Map<String, Object> engram = services.get("engram-1");
    assertThat(((Map<String, Object>) engram.get("environment")).get("ENGRAM_PORT"))
        .isEqualTo("8080");
    Matcher exported =
        Pattern.compile("\\b([A-Z][A-Z0-9_]+)=\"\\$\\$")
            .matcher(engram.get("entrypoint").toString());
    List<String> fromSecrets = new ArrayList<>();
    while (exported.find()) {
      fromSecrets.add(exported.group(1));
    }
    assertThat(fromSecrets).containsExactly("ENGRAM_OPERATOR_TOKEN", "ENGRAM_JWT_SIGNING_KEY");
    assertThat(documented).containsAll(fromSecrets);
    assertThat((Map<String, Object>) compose.get("secrets"))
        .containsKeys("operator_token", "jwt_signing_key");
  }

  @Test
  void theProxyAndPrometheusReachTheInstancesOnEngramsPorts() {
    String nginx = InfraFiles.read(InfraFiles.INFRA.resolve("proxy/nginx.conf"));
    assertThat(nginx)
        .contains("server engram-1:8080", "server engram-2:8080", "server engram-1:8081");
    Map<String, Object> prometheus =
        (Map<String, Object>)
            InfraFiles.yaml(InfraFiles.INFRA.resolve("prometheus/prometheus.yml"));
    List<Map<String, Object>> scrapes =
        (List<Map<String, Object>>) prometheus.get("scrape_configs");
    Map<String, Object> engram =
        scrapes.stream().filter(s -> s.get("job_name").equals("engram")).findFirst().orElseThrow();
    assertThat(engram.get("metrics_path")).isEqualTo("/prometheus");
    assertThat(engram.toString())
        .contains("engram-1:8080", "engram-2:8080", "/run/secrets/operator_token");
    assertThat((List<String>) prometheus.get("rule_files"))
        .containsExactly("/etc/prometheus/alerts.yml");
  }

  @Test
  void kubernetesManifestsAreConsistent() {
    Path dir = InfraFiles.INFRA.resolve("k8s");
    Map<String, Object> kustomization =
        (Map<String, Object>) InfraFiles.yaml(dir.resolve("kustomization.yaml"));
    Map<String, Map<String, Object>> byKind = new HashMap<>();
    for (Object resource : (List<Object>) kustomization.get("resources")) {
      assertThat(dir.resolve((String) resource)).exists();
      for (Object document : InfraFiles.yamlDocuments(dir.resolve((String) resource))) {
        Map<String, Object> manifest = (Map<String, Object>) document;
        assertThat(manifest).containsKeys("apiVersion", "kind", "metadata");
        byKind.put((String) manifest.get("kind"), manifest);
      }
    }
    assertThat(byKind)
        .containsOnlyKeys(
            "ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget");

    Map<String, Object> deployment = byKind.get("Deployment");
    Map<String, Object> podTemplate = map(deployment, "spec", "template");
    Map<String, Object> podLabels = map(podTemplate, "metadata", "labels");
    Map<String, Object> container =
        ((List<Map<String, Object>>) map(podTemplate, "spec").get("containers")).get(0);
    Set<String> documented = InfraFiles.documentedEnvironment();
    Map<String, Object> config = (Map<String, Object>) byKind.get("ConfigMap").get("data");
    assertThat(documented).containsAll(config.keySet());
    Set<String> secretKeys = new TreeSet<>();
    for (Map<String, Object> env : (List<Map<String, Object>>) container.get("env")) {
      assertThat(documented).as("env " + env.get("name")).contains((String) env.get("name"));
      Map<String, Object> ref = map(env, "valueFrom", "secretKeyRef");
      assertThat(ref.get("name")).isEqualTo("engram");
      assertThat(ref.get("key")).isEqualTo(env.get("name"));
      secretKeys.add((String) ref.get("key"));
    }
    assertThat(secretKeys)
        .contains("MONGODB_URI", "ENGRAM_OPERATOR_TOKEN", "ENGRAM_JWT_SIGNING_KEY");
    Map<String, Object> ports = new HashMap<>();
    for (Map<String, Object> port : (List<Map<String, Object>>) container.get("ports")) {
      ports.put((String) port.get("name"), port.get("containerPort"));
    }
    assertThat(ports).containsEntry("http", 8080).containsEntry("realtime", 8081);
    assertThat(config.get("ENGRAM_PORT")).isEqualTo("8080");
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      Map<String, Object> get = map(container, probe, "httpGet");
      assertThat(get).as(probe).containsEntry("path", "/health").containsEntry("port", "http");
    }
    assertThat(map(container, "resources", "requests")).containsKeys("cpu", "memory");
    assertThat(map(byKind.get("HorizontalPodAutoscaler"), "spec", "scaleTargetRef").get("name"))
        .isEqualTo(map(deployment, "metadata").get("name"));
    assertThat(map(byKind.get("PodDisruptionBudget"), "spec", "selector", "matchLabels"))
        .isEqualTo(podLabels);
    assertThat(map(byKind.get("Service"), "spec", "selector")).isEqualTo(podLabels);
  }

  @Test
  void grafanaProvisioningPointsAtTheDashboardsAndDatasource() {
    Map<String, Object> datasources =
        (Map<String, Object>)
            InfraFiles.yaml(
                InfraFiles.INFRA.resolve("grafana/provisioning/datasources/prometheus.yml"));
    assertThat(datasources.toString()).contains("uid=prometheus", "url=http://prometheus:9090");
    List<Path> dashboards =
        InfraFiles.files(InfraFiles.INFRA.resolve("grafana/dashboards"), ".json");
    assertThat(dashboards).hasSizeGreaterThanOrEqualTo(2);
    for (Path dashboard : dashboards) {
      assertThat(InfraFiles.read(dashboard))
          .contains("\"uid\": \"prometheus\"")
          .doesNotContain("${DS_");
    }
    assertThat(Files.exists(InfraFiles.INFRA.resolve("keycloak/engram-realm.json"))).isTrue();
  }

  @Test
  void metricNamesAreReadFromPromQl() {
    assertThat(
            InfraFiles.metricNames(
                "histogram_quantile(0.95, sum by (le, app) (rate(memory_search_duration_seconds_bucket{job=\"engram\", instance=~\"$instance\"}[5m]))) > 0.2"))
        .containsExactly("memory_search_duration_seconds_bucket");
    assertThat(
            InfraFiles.metricNames(
                "disk_free_bytes{job=\"engram\"} / disk_total_bytes{job=\"engram\"} < 0.1"))
        .containsExactly("disk_free_bytes", "disk_total_bytes");
  }

  private static List<Object> dependencies(Map<String, Object> service) {
    Object dependsOn = service.get("depends_on");
    if (dependsOn instanceof Map<?, ?> map) {
      return new ArrayList<>(map.keySet());
    }
    return dependsOn == null ? List.of() : (List<Object>) dependsOn;
  }

  private static Map<String, Object> map(Map<String, Object> root, String... path) {
    Map<String, Object> current = root;
    for (String key : path) {
      current = (Map<String, Object>) current.get(key);
      assertThat(current).as(String.join(".", path)).isNotNull();
    }
    return current;
  }
}
