using System.Security.Cryptography;

namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

/// <summary>Generated credentials kept in files only their owner may read (0600), so a kept data folder keeps working.</summary>
internal static class SecretStore
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Letters and digits only, so the secret needs no escaping in URLs, connection strings or config files.</summary>
    public static string Generate(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    public static string[]? Read(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToArray() : null;

    public static void Write(string path, params string[] lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        UnixFileSystem.WritePrivate(path, string.Join('\n', lines) + "\n");
    }
}
