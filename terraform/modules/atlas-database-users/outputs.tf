output "username" {
  description = "The application's user."
  value       = mongodbatlas_database_user.app.username
}

output "password" {
  description = "The application user's password."
  value       = local.password
  sensitive   = true
}

output "mongodb_uri" {
  description = "MONGODB_URI for Engram: user, password and database in one connection string."
  value = replace(
    "${var.cluster_srv_host}/${var.database}?retryWrites=true&w=majority",
    "mongodb+srv://",
    "mongodb+srv://${urlencode(var.username)}:${urlencode(local.password)}@"
  )
  sensitive = true
}
