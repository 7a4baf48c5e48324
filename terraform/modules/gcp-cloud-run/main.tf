# Engram on Google Cloud Run: N stateless instances against Atlas + PostgreSQL (+ Redis), secrets
# read by reference from Secret Manager, /health as startup and liveness probe.
resource "google_service_account" "engram" {
  project      = var.gcp_project
  account_id   = var.name
  display_name = "Engram API"
}

resource "google_secret_manager_secret_iam_member" "engram" {
  for_each  = var.secrets
  project   = var.gcp_project
  secret_id = each.value
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.engram.email}"
}

resource "google_cloud_run_v2_service" "engram" {
  project  = var.gcp_project
  name     = var.name
  location = var.region
  ingress  = "INGRESS_TRAFFIC_ALL"

  template {
    service_account                  = google_service_account.engram.email
    max_instance_request_concurrency = var.concurrency

    scaling {
      min_instance_count = var.min_instances
      max_instance_count = var.max_instances
    }

    dynamic "vpc_access" {
      for_each = var.vpc_connector == null ? [] : [var.vpc_connector]
      content {
        connector = vpc_access.value
        egress    = "ALL_TRAFFIC" # through Cloud NAT: one static address for the Atlas access list
      }
    }

    containers {
      image = var.image

      ports {
        container_port = 8080
      }

      resources {
        limits = {
          cpu    = var.cpu
          memory = var.memory
        }
        cpu_idle = false # background jobs (ingestion, reports) run between requests
      }

      dynamic "env" {
        for_each = merge(
          {
            ENGRAM_INDEX_KIND       = "atlas"
            ENGRAM_MONGODB_ATLAS    = "true"
            ENGRAM_MONGODB_DATABASE = var.mongodb_database
          },
          var.env
        )
        content {
          name  = env.key
          value = env.value
        }
      }

      # secrets by reference: environment variable => Secret Manager secret id
      dynamic "env" {
        for_each = var.secrets
        content {
          name = env.key
          value_source {
            secret_key_ref {
              secret  = env.value
              version = "latest"
            }
          }
        }
      }

      startup_probe {
        http_get {
          path = "/health"
        }
        initial_delay_seconds = 10
        period_seconds        = 5
        failure_threshold     = 24
        timeout_seconds       = 3
      }

      liveness_probe {
        http_get {
          path = "/health"
        }
        period_seconds    = 30
        failure_threshold = 3
        timeout_seconds   = 3
      }
    }
  }

  depends_on = [google_secret_manager_secret_iam_member.engram]
}

resource "google_cloud_run_v2_service_iam_member" "public" {
  count    = var.public ? 1 : 0
  project  = var.gcp_project
  location = var.region
  name     = google_cloud_run_v2_service.engram.name
  role     = "roles/run.invoker"
  member   = "allUsers"
}
