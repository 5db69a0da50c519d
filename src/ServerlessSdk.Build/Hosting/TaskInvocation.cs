using System.Reflection;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Build.Hosting;

/// <summary>
/// One of this assembly's tasks, created by name and given its parameters the way MSBuild gives an attribute's value
/// (empty: not set; arrays split on <c>;</c>; booleans in MSBuild's spellings). The one code path of both hosts: the
/// MSBuild node (<see cref="ServerlessRunTask"/>) and a <c>dotnet</c> process (<see cref="Program"/>).
/// </summary>
internal static class TaskInvocation
{
    private static readonly string[] TrueValues = ["true", "on", "yes", "!false", "!off", "!no"];
    private static readonly string[] FalseValues = ["false", "off", "no", "!true", "!on", "!yes"];

    /// <summary>The task, ready to execute on <paramref name="engine"/>; null when an argument is wrong (reported as SLS2060).</summary>
    public static ITask? Prepare(string taskName, IReadOnlyList<KeyValuePair<string, string>> arguments, IBuildEngine engine)
    {
        var log = new TaskLoggingHelper(engine, nameof(ServerlessRunTask));
        var type = typeof(TaskInvocation).Assembly.GetTypes().FirstOrDefault(t =>
            t.IsPublic && !t.IsAbstract && t != typeof(ServerlessRunTask) && typeof(ITask).IsAssignableFrom(t) && t.Name == taskName);
        if (type is null)
        {
            return Fail(log, $"there is no task '{taskName}' in ServerlessSdk.Build");
        }

        var task = (ITask)Activator.CreateInstance(type)!;
        task.BuildEngine = engine;
        var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType!.Assembly == type.Assembly)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in arguments)
        {
            if (!parameters.TryGetValue(name, out var parameter))
            {
                return Fail(log, $"{taskName} has no parameter '{name}'");
            }

            if (!set.Add(name))
            {
                return Fail(log, $"{taskName} was given '{name}' twice");
            }

            // Like MSBuild, an empty value leaves the parameter unset.
            if (value.Length > 0 && !TrySet(task, parameter, value))
            {
                return Fail(log, $"{taskName}'s {name} cannot be '{value}'");
            }
        }

        var missing = parameters.Values.FirstOrDefault(p => p.GetCustomAttribute<RequiredAttribute>() is not null && IsUnset(p.GetValue(task)));
        return missing is null ? task : Fail(log, $"{taskName} was not given a value for its required parameter {missing.Name}");
    }

    private static bool TrySet(ITask task, PropertyInfo parameter, string value)
    {
        var type = parameter.PropertyType;
        object? converted;
        if (type == typeof(string))
        {
            converted = value;
        }
        else if (type == typeof(bool))
        {
            converted = TrueValues.Contains(value, StringComparer.OrdinalIgnoreCase) ? true
                : FalseValues.Contains(value, StringComparer.OrdinalIgnoreCase) ? false
                : null;
        }
        else if (type == typeof(string[]))
        {
            converted = Split(value);
        }
        else if (type == typeof(ITaskItem[]))
        {
            // TaskItem takes its spec escaped: '%' is the one character whose unescaping would change a path.
            converted = Split(value).Select(v => (ITaskItem)new TaskItem(v.Replace("%", "%25", StringComparison.Ordinal))).ToArray();
        }
        else
        {
            converted = null;
        }

        if (converted is null)
        {
            return false;
        }

        parameter.SetValue(task, converted);
        return true;
    }

    private static string[] Split(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsUnset(object? value) => value is null || (value is string text && text.Length == 0) || (value is Array array && array.Length == 0);

    private static ITask? Fail(TaskLoggingHelper log, string problem)
    {
        log.LogError(null, DiagnosticCodes.InvalidTaskInvocation, null, string.Empty, 0, 0, 0, 0,
            $"ServerlessSdk.Build's targets called a task wrongly: {problem}. Report it, with the build's -v:d output.");
        return null;
    }
}
