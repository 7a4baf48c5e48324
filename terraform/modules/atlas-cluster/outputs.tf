output "cluster_name" {
  description = "Name of the cluster."
  value       = mongodbatlas_advanced_cluster.this.name
}

output "connection_string" {
  description = "mongodb+srv:// host of the cluster, without user, password or database."
  value       = mongodbatlas_advanced_cluster.this.connection_strings[0].standard_srv
}
