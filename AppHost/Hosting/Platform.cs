// PostgreSQL and RabbitMQ run from Debian's packages, with Unix file modes for secrets.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
