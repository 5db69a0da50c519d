resource "aws_lambda_functions" "hello" {
  function_name = "hello"
  role          = "arn:aws:iam::123456789012:role/hello"
}
