namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// A failure the person running the AppHost can act on (a missing package, a busy port, a service that
/// never became healthy). Its message is complete on its own, so it is printed without a stack trace.
/// </summary>
public sealed class AppHostException(string message, Exception? inner = null) : Exception(message, inner);
