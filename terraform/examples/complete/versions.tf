terraform {
  required_version = ">= 1.5"
  required_providers {
    mongodbatlas = {
      source  = "mongodb/mongodbatlas"
      version = "1.41.1"
    }
    random = {
      source  = "hashicorp/random"
      version = "3.6.3"
    }
    google = {
      source  = "hashicorp/google"
      version = "6.14.1"
    }
  }
}

# Credentials come from the environment: MONGODB_ATLAS_PUBLIC_KEY / MONGODB_ATLAS_PRIVATE_KEY
# (an Atlas organization API key) and Google application-default credentials.
provider "mongodbatlas" {}

provider "google" {
  project = var.gcp_project
  region  = var.gcp_region
}
