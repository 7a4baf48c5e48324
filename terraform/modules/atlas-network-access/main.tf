# Who may open a connection to the project's clusters: listed CIDR blocks (e.g. the egress
# address of the service's NAT) and, optionally, an AWS PrivateLink endpoint.
resource "mongodbatlas_project_ip_access_list" "this" {
  for_each   = var.cidr_blocks
  project_id = var.project_id
  cidr_block = each.key
  comment    = each.value
}

resource "mongodbatlas_privatelink_endpoint" "aws" {
  count         = var.aws_private_endpoint_region == null ? 0 : 1
  project_id    = var.project_id
  provider_name = "AWS"
  region        = var.aws_private_endpoint_region
}

resource "mongodbatlas_privatelink_endpoint_service" "aws" {
  count               = var.aws_private_endpoint_region == null || var.aws_vpc_endpoint_id == null ? 0 : 1
  project_id          = var.project_id
  private_link_id     = mongodbatlas_privatelink_endpoint.aws[0].private_link_id
  endpoint_service_id = var.aws_vpc_endpoint_id
  provider_name       = "AWS"
}
