# Least privilege: the application user may read and write (and manage the search indexes of) its
# one database on its one cluster, nothing else. The password comes from a secret manager
# (var.password) or is generated here and output as sensitive.
resource "random_password" "app" {
  count   = var.password == null ? 1 : 0
  length  = 32
  special = false
}

locals {
  password = var.password == null ? random_password.app[0].result : var.password
}

resource "mongodbatlas_database_user" "app" {
  project_id         = var.project_id
  username           = var.username
  password           = local.password
  auth_database_name = "admin"

  roles {
    role_name     = "readWrite"
    database_name = var.database
  }

  scopes {
    name = var.cluster_name
    type = "CLUSTER"
  }

  labels {
    key   = "app"
    value = "engram"
  }
}

resource "mongodbatlas_database_user" "read_only" {
  count              = var.read_only_username == null ? 0 : 1
  project_id         = var.project_id
  username           = var.read_only_username
  password           = var.read_only_password
  auth_database_name = "admin"

  roles {
    role_name     = "read"
    database_name = var.database
  }

  scopes {
    name = var.cluster_name
    type = "CLUSTER"
  }
}
