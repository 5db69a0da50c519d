using System.Collections.Generic;
using System.Linq;
using System.Text;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;

namespace ServerlessSdk.Functions.Generator.Emit;

/// <summary>
/// Writes <c>ServerlessFunctions</c> for ServerlessPlatform=azure: one custom-handler process serves every function
/// of the app. HTTP functions share one router (the same route code as on AWS, so the same handlers run); each event
/// function is mapped by name with the runtime's reader for its trigger's typed event.
/// </summary>
internal static class AzureDispatchWriter
{
    private const string Azure = "global::ServerlessSdk.Runtime.Azure.";
    private const string Task = DispatchWriter.Task;

    public static string Write(string? manifest, IReadOnlyList<FunctionPlan> functions)
    {
        var code = DispatchWriter.Begin(
            "(ServerlessPlatform=azure) from the trigger attributes of this project",
            "Serves every function of this app as an Azure Functions custom handler",
            manifest,
            functions);
        code.AppendLine("        /// <summary>Listens on FUNCTIONS_CUSTOMHANDLER_PORT until the host stops the process; returns the exit code.</summary>");
        code.AppendLine($"        public static {Task}Task<int> RunAsync({Azure}AzureHostOptions? options = null)");
        code.AppendLine("        {");
        code.AppendLine("            options ??= new " + Azure + "AzureHostOptions();");
        code.AppendLine($"            var host = new {Azure}AzureFunctionsHost(options);");

        var instances = functions.SelectMany(f => f.Methods).Where(m => !m.IsStatic).Select(m => m.TypeName).Distinct().ToList();
        for (var i = 0; i < instances.Count; i++)
        {
            code.AppendLine($"            {instances[i]}? handler{i} = null;");
        }

        if (instances.Count > 0)
        {
            // Created in the startup hook, before the port opens: a throwing constructor stops the process with code 1.
            code.AppendLine("            var previous = options.Startup;");
            code.AppendLine("            options.Startup = async () =>");
            code.AppendLine("            {");
            code.AppendLine("                if (previous is not null) { await previous(); }");
            for (var i = 0; i < instances.Count; i++)
            {
                code.AppendLine($"                handler{i} = new {instances[i]}();");
            }

            code.AppendLine("            };");
        }

        string Target(MethodModel m) => m.IsStatic ? $"{m.TypeName}.{m.MethodName}" : $"handler{instances.IndexOf(m.TypeName)}!.{m.MethodName}";

        var http = functions.Where(f => f.Kind == "http").ToList();
        if (http.Count > 0)
        {
            code.AppendLine($"            var router = new {DispatchWriter.Router}();");
            foreach (var function in http)
            {
                foreach (var (method, route) in function.Routes)
                {
                    DispatchWriter.WriteRoute(code, method, route, Target(method), $"{Azure}AzureFunctionsHost.Begin(context, {Json.String(function.Name)});");
                }
            }

            code.AppendLine("            host.MapHttp(router.DispatchAsync);");
        }

        foreach (var function in functions.Where(f => f.Kind != "http"))
        {
            WriteEvent(code, function, Target(function.EventMethod!));
        }

        code.AppendLine("            return host.RunAsync();");
        code.AppendLine("        }");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    private static void WriteEvent(StringBuilder code, FunctionPlan function, string target)
    {
        var method = function.EventMethod!;
        var eventType = method.EventType!;
        var reader = eventType switch
        {
            KnownTypes.StorageQueueMessage => "StorageQueue",
            KnownTypes.BlobTriggerEvent => "Blob",
            KnownTypes.ServiceBusMessage => "ServiceBus",
            KnownTypes.EventGridEvent => "EventGrid",
            KnownTypes.TimerInfo => "Timer",
            _ => "Scheduled",
        };
        var call = $"{target}({DispatchWriter.Arguments(method)})";
        var body = method.Return switch
        {
            ReturnShape.VoidTask => $"new {Task}ValueTask({call})",
            ReturnShape.VoidValueTask => call,
            _ => $"{{ {call}; return default; }}",
        };
        code.AppendLine($"            host.MapEvent<{eventType}>({Json.String(function.Name)}, {Azure}AzureEvents.{reader}, (@event, context) => {body});");
    }
}
