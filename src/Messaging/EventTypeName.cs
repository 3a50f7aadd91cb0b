using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.Messaging;

/// <summary>
/// How an event type is named in the outbox: "Namespace.Type, Assembly", without a version,
/// so rows written before an upgrade still resolve after it.
/// </summary>
internal static class EventTypeName
{
    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>The integration event type so named, or null: a row may name no type, or one that is no event.</summary>
    public static Type? Resolve(string name) =>
        Type.GetType(name, throwOnError: false) is { IsAbstract: false } type && type.IsAssignableTo(typeof(IntegrationEvent))
            ? type
            : null;
}
