# A replica set (Engram writes a memory and its event in one multi-document transaction, which
# needs one) with compute and disk autoscaling, continuous backup and a snapshot policy.
resource "mongodbatlas_advanced_cluster" "this" {
  project_id                     = var.project_id
  name                           = var.name
  cluster_type                   = "REPLICASET"
  mongo_db_major_version         = var.mongodb_major_version
  backup_enabled                 = true
  pit_enabled                    = var.point_in_time_recovery
  termination_protection_enabled = var.termination_protection

  replication_specs {
    region_configs {
      provider_name = var.cloud_provider
      region_name   = var.region
      priority      = 7

      electable_specs {
        instance_size = var.instance_size
        node_count    = 3
      }

      auto_scaling {
        compute_enabled            = true
        compute_scale_down_enabled = true
        compute_min_instance_size  = var.min_instance_size
        compute_max_instance_size  = var.max_instance_size
        disk_gb_enabled            = true
      }
    }
  }

  advanced_configuration {
    javascript_enabled           = false
    minimum_enabled_tls_protocol = "TLS1_2"
  }

  lifecycle {
    # autoscaling changes the tier; Terraform must not size it back
    ignore_changes = [replication_specs[0].region_configs[0].electable_specs[0].instance_size]
  }
}

resource "mongodbatlas_cloud_backup_schedule" "this" {
  project_id   = var.project_id
  cluster_name = mongodbatlas_advanced_cluster.this.name

  reference_hour_of_day    = var.backup_hour_utc
  reference_minute_of_hour = 0
  restore_window_days      = var.restore_window_days

  policy_item_hourly {
    frequency_interval = 6
    retention_unit     = "days"
    retention_value    = 2
  }

  policy_item_daily {
    frequency_interval = 1
    retention_unit     = "days"
    retention_value    = var.daily_retention_days
  }

  policy_item_weekly {
    frequency_interval = 7
    retention_unit     = "weeks"
    retention_value    = var.weekly_retention_weeks
  }

  policy_item_monthly {
    frequency_interval = 40 # the last day of the month
    retention_unit     = "months"
    retention_value    = var.monthly_retention_months
  }
}
