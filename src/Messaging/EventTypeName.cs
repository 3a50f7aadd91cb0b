namespace SocialPrescribing.Messaging;

/// <summary>
/// How an event type is named in the outbox: "Namespace.Type, Assembly", without a version,
/// so rows written before an upgrade still resolve after it.
/// </summary>
internal static class EventTypeName
{
    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) =>
        Type.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"The outbox holds an event of unknown type '{name}'.");
}
