output "index_ids" {
  description = "App id => ids of its text and vector search indexes."
  value = {
    for app in var.app_ids : app => {
      text   = mongodbatlas_search_index.text[app].index_id
      vector = mongodbatlas_search_index.vector[app].index_id
    }
  }
}
