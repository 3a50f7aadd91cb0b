using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.AppHost.Hosting.Infrastructure;

namespace SocialPrescribing.AppHost;

/// <summary>
/// Secrets the AppHost makes up for the system (the development users' password, each service's
/// client secret at the identity service), kept owner-only in the data folder so a kept folder
/// keeps working and never committed anywhere.
/// </summary>
public static class StoredSecrets
{
    private static readonly Lock Gate = new();

    /// <summary>Random letters and digits, plus a fixed tail so it meets any password policy (upper, lower, digit, symbol).</summary>
    public static string DevelopmentPassword(DistributedApplication app) => Get(app, "development-password", tail: "-Aa1");

    public static string ServiceClientSecret(DistributedApplication app, string service) => Get(app, $"{service}-client");

    private static string Get(DistributedApplication app, string name, string tail = "")
    {
        var path = Path.Combine(app.DataDirectory, $"{name}.secret");
        lock (Gate)
        {
            if (SecretStore.Read(path) is [var existing, ..])
            {
                return existing;
            }
            var secret = SecretStore.Generate(24) + tail;
            SecretStore.Write(path, secret);
            return secret;
        }
    }
}
