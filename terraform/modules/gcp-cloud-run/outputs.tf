output "url" {
  description = "HTTPS URL of the service."
  value       = google_cloud_run_v2_service.engram.uri
}

output "service_account" {
  description = "Service account the instances run as."
  value       = google_service_account.engram.email
}
