variable "region" {
  type    = string
  default = "us-east-1"
}

variable "package_path" {
  type        = string
  description = "The function's deployment zip."
  default     = "function.zip"
}

variable "subnet_ids" {
  type    = list(string)
  default = []
}

variable "security_group_ids" {
  type    = list(string)
  default = []
}
