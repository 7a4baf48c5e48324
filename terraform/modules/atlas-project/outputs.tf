output "project_id" {
  description = "Id of the Atlas project."
  value       = mongodbatlas_project.this.id
}
