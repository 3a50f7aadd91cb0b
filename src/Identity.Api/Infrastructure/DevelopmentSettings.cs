namespace SocialPrescribing.Identity.Infrastructure;

/// <summary>
/// Settings only a developer's machine (or a test) may have. Each is switched on explicitly —
/// <c>scripts/up</c> and the AppHost set them for local runs — and any run outside the
/// Development and Testing environments refuses to start while one is present.
/// </summary>
public static class DevelopmentSettings
{
    /// <summary>True: codes go to an in-memory outbox that <c>GET /dev/outbox</c> shows to anyone.</summary>
    public const string CodeSenderKey = "Identity:DevelopmentCodeSender";
    public const string PasswordKey = "Identity:DevelopmentPassword";
    public const string KeyDirectoryKey = "Identity:KeyDirectory";

    public static bool CodeSenderEnabled(IConfiguration configuration) => IsOn(configuration, CodeSenderKey);

    /// <summary>The development settings present, each with why it must not reach production.</summary>
    public static IReadOnlyList<string> PresentIn(IConfiguration configuration) =>
    [
        .. CodeSenderEnabled(configuration) ? [$"{CodeSenderKey}=true shows anyone's sign-in code at /dev/outbox"] : Array.Empty<string>(),
        .. configuration[PasswordKey] is { Length: > 0 } ? [$"{PasswordKey} gives the seeded staff users one shared password"] : Array.Empty<string>(),
        .. configuration[KeyDirectoryKey] is not { Length: > 0 } ? [$"without {KeyDirectoryKey} tokens are signed with ephemeral development keys"] : Array.Empty<string>(),
    ];

    /// <summary>Only an explicit "true" switches a development setting on; empty or anything else leaves it off.</summary>
    private static bool IsOn(IConfiguration configuration, string key) => bool.TryParse(configuration[key], out var on) && on;

    public static bool AllowedIn(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    /// <summary>Stops a production-like run that carries development settings, saying which.</summary>
    public static void ThrowIfPresentOutsideDevelopment(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!AllowedIn(environment) && PresentIn(configuration) is { Count: > 0 } present)
        {
            throw new InvalidOperationException(
                $"The identity service refuses to start in the {environment.EnvironmentName} environment with development settings: " +
                $"{string.Join("; ", present)}. Remove them, or run in the Development environment.");
        }
    }
}
