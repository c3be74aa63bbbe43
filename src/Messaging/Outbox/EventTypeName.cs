using System.Text.Json;

namespace StPlatform.Messaging.Outbox;

/// <summary>How an event's type is written to and read from an outbox row.</summary>
internal static class EventTypeName
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Without the assembly version, so that a row survives an upgrade of the contracts.</summary>
    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? Resolve(string name) => Type.GetType(name, throwOnError: false);
}
