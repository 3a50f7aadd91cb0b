namespace SocialPrescribing.AppHost.Hosting;

/// <summary>One line of a resource's output. <see cref="DistributedApplication.HostLogName"/> names the AppHost's own notices.</summary>
public sealed record ResourceLogLine(string Resource, DateTimeOffset Timestamp, string Text, bool IsError);
