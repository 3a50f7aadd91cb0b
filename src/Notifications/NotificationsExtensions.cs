using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Notifications.Sending;

namespace SocialPrescribing.Notifications;

public static class NotificationsExtensions
{
    /// <summary>
    /// Reminders for a service whose <typeparamref name="TContext"/> has the notifications table: GOV.UK
    /// Notify when <c>Notifications:NotifyApiKey</c> is set, the development sender otherwise; the dispatcher;
    /// and the scheduler running the service's <see cref="IReminderRule"/>s.
    /// </summary>
    public static IHostApplicationBuilder AddNotifications<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        var apiKey = builder.Configuration[$"{NotificationOptions.Section}:{nameof(NotificationOptions.NotifyApiKey)}"];
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            builder.Services.AddSingleton<DevelopmentNotificationSender>();
            builder.Services.AddSingleton<INotificationSender>(sp => sp.GetRequiredService<DevelopmentNotificationSender>());
        }
        else
        {
            builder.Services.AddSingleton(NotifyApiKey.Parse(apiKey));
            builder.Services.AddHttpClient<INotificationSender, NotifyClient>((sp, http) =>
                http.BaseAddress = sp.GetRequiredService<IOptions<NotificationOptions>>().Value.NotifyAddress);
        }
        builder.Services.AddScoped<NotificationDispatcher<TContext>>();
        builder.Services.AddHostedService<ReminderScheduler<TContext>>();
        return builder;
    }
}
