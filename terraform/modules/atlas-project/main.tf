resource "mongodbatlas_project" "this" {
  name   = var.name
  org_id = var.org_id

  is_collect_database_specifics_statistics_enabled = true
  is_data_explorer_enabled                         = var.data_explorer_enabled
  is_performance_advisor_enabled                   = true
  is_realtime_performance_panel_enabled            = true
  is_schema_advisor_enabled                        = true
}
