namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

/// <summary>File modes matter here (PostgreSQL checks its folder's, secrets are 0600); the AppHost runs on Linux only.</summary>
internal static class UnixFileSystem
{
    public const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode PrivateDirectory = Private | UnixFileMode.UserExecute;
    public const UnixFileMode OpenDirectory = PrivateDirectory | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public static void ThrowUnlessLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new AppHostException("The AppHost runs PostgreSQL and RabbitMQ from Linux packages: run it on Linux (or WSL).");
        }
    }

    public static void CreateDirectory(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException();
        }
        Directory.CreateDirectory(path, mode);
    }

    public static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException();
        }
        File.SetUnixFileMode(path, mode);
    }

    /// <summary>Creates or replaces a file readable by its owner only, without a moment of wider access.</summary>
    public static void WritePrivate(string path, string content)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException();
        }
        File.Delete(path);
        using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = Private });
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }
}
