# From zero to Engram on Atlas: project, cluster, user, network access, the service on Cloud Run.
module "project" {
  source = "../../modules/atlas-project"
  org_id = var.atlas_org_id
  name   = "engram-${var.environment}"
}

module "cluster" {
  source         = "../../modules/atlas-cluster"
  project_id     = module.project.project_id
  name           = "engram-${var.environment}"
  cloud_provider = "GCP"
  region         = var.atlas_region
}

module "users" {
  source           = "../../modules/atlas-database-users"
  project_id       = module.project.project_id
  cluster_name     = module.cluster.cluster_name
  cluster_srv_host = module.cluster.connection_string
  database         = var.database
}

module "network" {
  source     = "../../modules/atlas-network-access"
  project_id = module.project.project_id
  cidr_blocks = {
    (var.egress_cidr) = "Cloud NAT egress of the Engram service"
  }
}

module "demo_app_indexes" {
  source       = "../../modules/atlas-search-indexes"
  project_id   = module.project.project_id
  cluster_name = module.cluster.cluster_name
  database     = var.database
  app_ids      = var.preprovisioned_app_ids
}

# MONGODB_URI goes to Secret Manager; the service reads it by reference.
resource "google_secret_manager_secret" "mongodb_uri" {
  secret_id = "engram-${var.environment}-mongodb-uri"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "mongodb_uri" {
  secret      = google_secret_manager_secret.mongodb_uri.id
  secret_data = module.users.mongodb_uri
}

module "service" {
  source           = "../../modules/gcp-cloud-run"
  gcp_project      = var.gcp_project
  region           = var.gcp_region
  name             = "engram-${var.environment}"
  image            = var.image
  mongodb_database = var.database
  vpc_connector    = var.vpc_connector
  secrets = merge(
    { MONGODB_URI = google_secret_manager_secret.mongodb_uri.secret_id },
    var.other_secrets
  )
  env = var.env
}
