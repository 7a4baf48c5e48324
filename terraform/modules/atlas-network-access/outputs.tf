output "private_link_service_name" {
  description = "Endpoint service name to create the interface VPC endpoint against; null without PrivateLink."
  value       = try(mongodbatlas_privatelink_endpoint.aws[0].endpoint_service_name, null)
}
