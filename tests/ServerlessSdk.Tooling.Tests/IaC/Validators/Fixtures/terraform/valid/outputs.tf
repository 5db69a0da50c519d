output "function_arn" {
  value = aws_lambda_function.hello.arn
}

output "api_url" {
  value = aws_apigatewayv2_stage.default.invoke_url
}
