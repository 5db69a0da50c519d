resource "aws_cloudwatch_log_group" "hello" {
  name              = "/aws/lambda/hello"
  retention_in_days =
}
