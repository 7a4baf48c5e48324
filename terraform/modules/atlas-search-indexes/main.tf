# The two search indexes Engram gives every app's memories_<appId> collection, with the
# definitions of the code (AtlasQueries; AtlasIndexDefinitionsTest compares them). Engram creates
# them itself when an app is created and at start; this module declares them for apps provisioned
# ahead (e.g. a demo app) or to manage them in Terraform. Names must stay engram_text and
# engram_vector: the queries name them.
resource "mongodbatlas_search_index" "text" {
  for_each        = toset(var.app_ids)
  project_id      = var.project_id
  cluster_name    = var.cluster_name
  database        = var.database
  collection_name = "memories_${each.value}"
  name            = "engram_text"
  type            = "search"

  mappings_dynamic = false
  mappings_fields  = file("${path.module}/definitions/search-fields.json")

  wait_for_index_build_completion = var.wait_for_build
}

resource "mongodbatlas_search_index" "vector" {
  for_each        = toset(var.app_ids)
  project_id      = var.project_id
  cluster_name    = var.cluster_name
  database        = var.database
  collection_name = "memories_${each.value}"
  name            = "engram_vector"
  type            = "vectorSearch"

  fields = templatefile("${path.module}/definitions/vector-fields.json.tftpl", {
    dimensions = var.dimensions
  })

  wait_for_index_build_completion = var.wait_for_build
}
