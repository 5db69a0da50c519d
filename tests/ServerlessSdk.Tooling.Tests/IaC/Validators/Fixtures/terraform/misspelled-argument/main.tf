resource "aws_lambda_function" "hello" {
  function_name = "hello"
  role          = "arn:aws:iam::123456789012:role/hello"
  filename      = "function.zip"
  handler       = "bootstrap"
  runtime       = "provided.al2023"
  memory_sise   = 256
}
