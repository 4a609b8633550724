<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
    <message>
        <source>TuneDrop downloads a video or audio link (or converts a local file) and saves its sound as a tagged MP3.</source>
        <translation>TuneDrop descarga un enlace de vídeo o audio (o convierte un archivo local) y guarda su sonido como un MP3 etiquetado.</translation>
    </message>
    <message>
        <source>Run the queue without a window until stopped (SIGINT/SIGTERM).</source>
        <translation>Ejecutar la cola sin ventana hasta que se detenga (SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>With --headless: convert the given items, print the path of each MP3, then exit.</source>
        <translation>Con --headless: convertir los elementos indicados, mostrar la ruta de cada MP3 y salir.</translation>
    </message>
    <message>
        <source>Keep all settings and state in &lt;dir&gt;.</source>
        <translation>Guardar todos los ajustes y el estado en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Write MP3 files to &lt;dir&gt; (default: the library folder).</source>
        <translation>Escribir los archivos MP3 en &lt;carpeta&gt; (predeterminado: la carpeta de la biblioteca).</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>Variable bitrate quality, 0 (best) to 9 (smallest), instead of CBR.</source>
        <translation>Calidad de tasa de bits variable, de 0 (la mejor) a 9 (el archivo más pequeño), en lugar de CBR.</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>How many conversions run at once, 1 to 16.</source>
        <translation>Cuántas conversiones se ejecutan a la vez, de 1 a 16.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Always re-encode, even MP3 sources that could be copied losslessly.</source>
        <translation>Recodificar siempre, incluso las fuentes MP3 que se podrían copiar sin pérdida.</translation>
    </message>
    <message>
        <source>Write ID3v2.3 tags (for old players) instead of ID3v2.4.</source>
        <translation>Escribir etiquetas ID3v2.3 (para reproductores antiguos) en lugar de ID3v2.4.</translation>
    </message>
    <message>
        <source>Links or local media files to convert.</source>
        <translation>Enlaces o archivos multimedia locales que convertir.</translation>
    </message>
    <message>
        <source>[items...]</source>
        <translation>[elementos...]</translation>
    </message>
    <message>
        <source>Choose either --bitrate or --vbr, not both.</source>
        <translation>Usa --bitrate o --vbr, pero no ambos.</translation>
    </message>
    <message>
        <source>The bitrate or quality must be a whole number.</source>
        <translation>La tasa de bits o la calidad debe ser un número entero.</translation>
    </message>
    <message>
        <source>--workers must be between 1 and 16.</source>
        <translation>--workers debe estar entre 1 y 16.</translation>
    </message>
    <message>
        <source>--once needs at least one link or file to convert.</source>
        <translation>--once necesita al menos un enlace o archivo que convertir.</translation>
    </message>
    <message>
        <source>Start the web server (phones and browsers can add links and download MP3s).</source>
        <translation>Iniciar el servidor web (los móviles y navegadores pueden añadir enlaces y descargar MP3).</translation>
    </message>
    <message>
        <source>Web server port (default 8080).</source>
        <translation>Puerto del servidor web (predeterminado 8080).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Address the web server listens on (default 127.0.0.1).</source>
        <translation>Dirección en la que escucha el servidor web (predeterminada 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Accept web links to this computer&apos;s own addresses (trusted setups, tests).</source>
        <translation>Aceptar enlaces web a las direcciones de este propio equipo (entornos de confianza, pruebas).</translation>
    </message>
    <message>
        <source>--web-port must be a port number (1 to 65535, or 0 for any free port).</source>
        <translation>--web-port debe ser un número de puerto (de 1 a 65535, o 0 para cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Read the web server&apos;s access password from standard input, store its salted hash and exit.</source>
        <translation>Leer la contraseña de acceso del servidor web de la entrada estándar, guardar su hash con sal y salir.</translation>
    </message>
    <message>
        <source>Ask for the access password even on this computer (shared machines).</source>
        <translation>Pedir la contraseña de acceso también en este equipo (equipos compartidos).</translation>
    </message>
    <message>
        <source>Print the web API token (for &quot;Authorization: Bearer&quot;) and exit.</source>
        <translation>Mostrar el token de la API web (para «Authorization: Bearer») y salir.</translation>
    </message>
    <message>
        <source>Delete finished MP3s this many hours after they were made (default 8; 0 keeps them forever).</source>
        <translation>Borrar los MP3 terminados estas horas después de crearlos (predeterminado 8; 0 los conserva para siempre).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>--retention-hours must be between 0 (keep forever) and 8760.</source>
        <translation>--retention-hours debe estar entre 0 (conservar para siempre) y 8760.</translation>
    </message>
    <message>
        <source>Download the latest yt-dlp, verify its checksum and install it for TuneDrop, then exit.</source>
        <translation>Descargar la última versión de yt-dlp, verificar su suma de comprobación e instalarla para TuneDrop, y salir.</translation>
    </message>
    <message>
        <source>Where yt-dlp releases are downloaded from (a mirror of the official layout).</source>
        <translation>De dónde se descargan las versiones de yt-dlp (una réplica de la estructura oficial).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the sign-in cookies of a Netscape cookies.txt file in the system keychain for yt-dlp, then exit.</source>
        <translation>Guardar las cookies de sesión de un archivo cookies.txt de Netscape en el llavero del sistema para yt-dlp y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Remove the imported sign-in cookies, then exit.</source>
        <translation>Quitar las cookies de sesión importadas y salir.</translation>
    </message>
    <message>
        <source>Let yt-dlp read sign-in cookies from this browser (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale) for this run.</source>
        <translation>Permitir que yt-dlp lea las cookies de sesión de este navegador (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale) en esta ejecución.</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>navegador</translation>
    </message>
    <message>
        <source>Constant bitrate in kbps, 8 to 320 (default 192); below 32 only for sources at 24 kHz or less.</source>
        <translation>Tasa de bits constante en kbps, de 8 a 320 (por defecto 192); por debajo de 32 solo para fuentes de 24 kHz o menos.</translation>
    </message>
    <message>
        <source>Believe X-Forwarded-For only from this reverse proxy&apos;s address (may be given more than once).</source>
        <translation>Creer X-Forwarded-For solo desde la dirección de este proxy inverso (se puede indicar varias veces).</translation>
    </message>
    <message>
        <source>--trusted-proxy needs an IP address, not “%1”.</source>
        <translation>--trusted-proxy necesita una dirección IP, no «%1».</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>The job list in %1 cannot be opened: %2</source>
        <translation>No se puede abrir la lista de tareas de %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not an address the web server can listen on.</source>
        <translation>«%1» no es una dirección en la que pueda escuchar el servidor web.</translation>
    </message>
    <message>
        <source>The imported sign-in cookies cannot be read from the keychain%1; links run without them.</source>
        <translation>Las cookies de sesión importadas no se pueden leer del llavero%1; los enlaces se procesan sin ellas.</translation>
    </message>
</context>
<context>
    <name>CoverArt</name>
    <message>
        <source>The cover image is damaged or in an unsupported format.</source>
        <translation>La imagen de portada está dañada o tiene un formato no compatible.</translation>
    </message>
    <message>
        <source>This FFmpeg build cannot decode the cover image format.</source>
        <translation>Esta compilación de FFmpeg no puede decodificar el formato de la imagen de portada.</translation>
    </message>
    <message>
        <source>Out of memory while processing the cover image.</source>
        <translation>Memoria insuficiente al procesar la imagen de portada.</translation>
    </message>
    <message>
        <source>The cover image could not be converted to JPEG.</source>
        <translation>No se pudo convertir la imagen de portada a JPEG.</translation>
    </message>
    <message>
        <source>The cover image is too large.</source>
        <translation>La imagen de portada es demasiado grande.</translation>
    </message>
    <message>
        <source>The cover image is empty.</source>
        <translation>La imagen de portada está vacía.</translation>
    </message>
    <message>
        <source>The cover image is not a JPEG, PNG or WebP picture.</source>
        <translation>La imagen de portada no es una imagen JPEG, PNG ni WebP.</translation>
    </message>
</context>
<context>
    <name>EncoderSettings</name>
    <message>
        <source>VBR quality must be between 0 (best) and 9 (smallest), not %1.</source>
        <translation>La calidad VBR debe estar entre 0 (la mejor) y 9 (el archivo más pequeño), no %1.</translation>
    </message>
    <message>
        <source>CBR %1 kbps</source>
        <translation>CBR %1 kbps</translation>
    </message>
    <message>
        <source>VBR V%1</source>
        <translation>VBR V%1</translation>
    </message>
    <message>
        <source>%1 kbps is not an MP3 bitrate. Choose one of 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 or 320.</source>
        <translation>%1 kbps no es una tasa de bits válida para MP3. Elige 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 o 320.</translation>
    </message>
</context>
<context>
    <name>HttpDownloader</name>
    <message>
        <source>Reading the download was cancelled.</source>
        <translation>Se canceló la lectura de la descarga.</translation>
    </message>
    <message>
        <source>The downloaded data could not be read back.</source>
        <translation>No se pudieron volver a leer los datos descargados.</translation>
    </message>
    <message>
        <source>The file was not found on %1 (HTTP %2).</source>
        <translation>No se encontró el archivo en %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused access to the file (HTTP %2). The link may have expired or need a login.</source>
        <translation>%1 denegó el acceso al archivo (HTTP %2). Puede que el enlace haya caducado o que requiera iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is limiting downloads right now (HTTP 429). Try again later.</source>
        <translation>%1 está limitando las descargas en este momento (HTTP 429). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 has a server problem (HTTP %2). Try again later.</source>
        <translation>%1 tiene un problema en el servidor (HTTP %2). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation>%1 envió una respuesta inesperada (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down.</source>
        <translation>%1 rechazó la conexión. Puede que el servidor no esté disponible.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the link and the internet connection.</source>
        <translation>No se encontró el servidor %1. Comprueba el enlace y la conexión a internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>No se pudo establecer una conexión segura con %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: the download from %1 cannot be saved.</source>
        <translation>El disco está lleno: no se puede guardar la descarga de %1.</translation>
    </message>
    <message>
        <source>No permission to save the download from %1 as %2.</source>
        <translation>No tienes permiso para guardar la descarga de %1 como %2.</translation>
    </message>
    <message>
        <source>The download from %1 cannot be saved as %2: %3</source>
        <translation>No se puede guardar la descarga de %1 como %2: %3</translation>
    </message>
    <message>
        <source>This is not a web address that can be downloaded: %1</source>
        <translation>Esta no es una dirección web que se pueda descargar: %1</translation>
    </message>
    <message>
        <source>The link leads to a web page, not to a media file (%1).</source>
        <translation>El enlace lleva a una página web, no a un archivo multimedia (%1).</translation>
    </message>
    <message>
        <source>%1 redirected the download to an address that is not followed (not http/https, or no longer encrypted).</source>
        <translation>%1 redirigió la descarga a una dirección que no se sigue (no es http/https o ya no está cifrada).</translation>
    </message>
    <message>
        <source>The server keeps redirecting (loop): %1</source>
        <translation>El servidor redirige una y otra vez (bucle): %1</translation>
    </message>
    <message>
        <source>The server keeps redirecting (more than %1 times): %2</source>
        <translation>El servidor redirige una y otra vez (más de %1 veces): %2</translation>
    </message>
    <message>
        <source>%1 sent a part of the file that does not fit.</source>
        <translation>%1 envió una parte del archivo que no encaja.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 kept breaking off; gave up after %n retries.</source>
        <translation>
            <numerusform>La conexión con %1 se cortaba una y otra vez; se abandonó tras %n reintento.</numerusform>
            <numerusform>La conexión con %1 se cortaba una y otra vez; se abandonó tras %n reintentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation>Se canceló la descarga de %1.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 MB (%2).</source>
        <translation>El archivo supera el límite de %1 MB (%2).</translation>
    </message>
</context>
<context>
    <name>JobRowText</name>
    <message>
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list could not be read (%1); it was moved to %2 and a new one started.</source>
        <translation>No se pudo leer la lista de tareas (%1); se movió a %2 y se empezó una nueva.</translation>
    </message>
    <message>
        <source>The job list was written by a newer TuneDrop.</source>
        <translation>La lista de tareas la escribió una versión más reciente de TuneDrop.</translation>
    </message>
</context>
<context>
    <name>JsRuntime</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 at %2 does not run</source>
        <translation>%1 en %2 no se ejecuta</translation>
    </message>
    <message>
        <source>%1 %2 is too old (%3 or newer is needed)</source>
        <translation>%1 %2 es demasiado antiguo (se necesita %3 o posterior)</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>No se encontró ninguno.</translation>
    </message>
    <message>
        <source>YouTube needs a JavaScript runtime beside yt-dlp: install deno (2.0 or newer) or Node.js (20 or newer), then try again.</source>
        <translation>YouTube necesita un entorno de ejecución de JavaScript además de yt-dlp: instala deno (2.0 o posterior) o Node.js (20 o posterior) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Keychain error %1: %2</source>
        <translation>Error del llavero %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private</source>
        <translation>No se puede hacer privado %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No keychain service is available: secrets are kept in %1, readable only by you.</source>
        <translation>No hay ningún servicio de llavero disponible: los secretos se guardan en %1, legible solo por ti.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañado</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a file name template, for example {artist} - {title}.</source>
        <translation>Escribe una plantilla de nombre de archivo, por ejemplo {artist} - {title}.</translation>
    </message>
    <message>
        <source>The file name template cannot contain / or \. Files are always saved in the output folder.</source>
        <translation>La plantilla de nombre de archivo no puede contener / ni \. Los archivos siempre se guardan en la carpeta de salida.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1. Use {title}, {artist}, {album}, {date} or {track}.</source>
        <translation>Variable desconocida %1. Usa {title}, {artist}, {album}, {date} o {track}.</translation>
    </message>
    <message>
        <source>The file name template has a { or } without its partner.</source>
        <translation>La plantilla de nombre de archivo tiene una llave { o } sin su pareja.</translation>
    </message>
    <message>
        <source>The file name template needs at least one of {title}, {artist}, {album}, {date} or {track}.</source>
        <translation>La plantilla de nombre de archivo necesita al menos una de estas variables: {title}, {artist}, {album}, {date} o {track}.</translation>
    </message>
    <message>
        <source>The port must be between %1 and %2.</source>
        <translation>El puerto debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«%1» no es una dirección IP.</translation>
    </message>
    <message>
        <source>Listening on the network needs an access password.</source>
        <translation>Para escuchar en la red se necesita una contraseña de acceso.</translation>
    </message>
    <message>
        <source>The yt-dlp program %1 does not exist.</source>
        <translation>El programa yt-dlp %1 no existe.</translation>
    </message>
    <message>
        <source>The yt-dlp program %1 is not an executable file.</source>
        <translation>El programa yt-dlp %1 no es un archivo ejecutable.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Elige una carpeta de salida.</translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation>La carpeta de salida debe ser una ruta completa, como %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The output folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de salida %1.</translation>
    </message>
    <message>
        <source>TuneDrop cannot write to the output folder %1.</source>
        <translation>TuneDrop no puede escribir en la carpeta de salida %1.</translation>
    </message>
    <message>
        <source>Time limits must be between 0 (off) and %1 minutes.</source>
        <translation>Los límites de tiempo deben estar entre 0 (desactivado) y %1 minutos.</translation>
    </message>
    <message>
        <source>The soft time limit must be shorter than the hard time limit.</source>
        <translation>El límite de tiempo flexible debe ser menor que el estricto.</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>MP3s are saved to %1</source>
        <translation>Los MP3 se guardan en %1</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Página web: %1</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>A partir del próximo inicio: %1</translation>
    </message>
    <message>
        <source>The command line decides for this run: %1</source>
        <translation>En esta ejecución decide la línea de órdenes: %1</translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation>Conversiones simultáneas</translation>
    </message>
    <message>
        <source>MP3 quality</source>
        <translation>Calidad del MP3</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Nombres de archivo</translation>
    </message>
    <message>
        <source>Playlist limit</source>
        <translation>Límite de la lista</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Límites de tiempo</translation>
    </message>
    <message>
        <source>yt-dlp</source>
        <translation>yt-dlp</translation>
    </message>
    <message>
        <source>Sign-in cookies</source>
        <translation>Cookies de inicio de sesión</translation>
    </message>
    <message>
        <source>Deleting finished MP3s</source>
        <translation>Borrado de los MP3 terminados</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Transcoder</name>
    <message>
        <source>Out of memory.</source>
        <translation>Memoria insuficiente.</translation>
    </message>
    <message>
        <source>The MP3 encoder does not accept %1 at %2 Hz.</source>
        <translation>El codificador MP3 no admite %1 a %2 Hz.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>“%1” is not an audio or video file.</source>
        <translation>«%1» no es un archivo de audio ni de vídeo.</translation>
    </message>
    <message>
        <source>“%1” has no sound: it contains no audio track.</source>
        <translation>«%1» no tiene sonido: no contiene ninguna pista de audio.</translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1” (codec %2).</source>
        <translation>TuneDrop no puede decodificar el audio de «%1» (códec %2).</translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1”: %2.</source>
        <translation>TuneDrop no puede decodificar el audio de «%1»: %2.</translation>
    </message>
    <message>
        <source>TuneDrop cannot convert the audio format of “%1”: %2.</source>
        <translation>TuneDrop no puede convertir el formato de audio de «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” contains no audio that can be decoded; it may be damaged or empty.</source>
        <translation>«%1» no contiene audio que se pueda decodificar; puede que esté dañado o vacío.</translation>
    </message>
    <message>
        <source>The input is damaged after %1 s (%2); the audio up to there was converted.</source>
        <translation>La entrada está dañada a partir de %1 s (%2); se convirtió el audio hasta ese punto.</translation>
    </message>
    <message>
        <source>The input ends early (truncated?): converted %1 s of %2 s.</source>
        <translation>La entrada termina antes de tiempo (¿truncada?): se convirtieron %1 s de %2 s.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>No se encontró «%1».</translation>
    </message>
    <message>
        <source>Access to “%1” was denied.</source>
        <translation>Se denegó el acceso a «%1».</translation>
    </message>
    <message>
        <source>“%1” uses a format TuneDrop cannot read (%2).</source>
        <translation>«%1» usa un formato que TuneDrop no puede leer (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a media file TuneDrop can read, or it is damaged.</source>
        <translation>«%1» no es un archivo multimedia que TuneDrop pueda leer, o está dañado.</translation>
    </message>
    <message>
        <source>Could not download “%1”: %2.</source>
        <translation>No se pudo descargar «%1»: %2.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2.</source>
        <translation>No se pudo leer «%1»: %2.</translation>
    </message>
    <message>
        <source>The disk is full: could not write “%1”. Free some space and retry.</source>
        <translation>El disco está lleno: no se pudo escribir «%1». Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>TuneDrop may not write to “%1”. Choose another output folder.</source>
        <translation>TuneDrop no tiene permiso para escribir en «%1». Elige otra carpeta de salida.</translation>
    </message>
    <message>
        <source>The output folder for “%1” does not exist.</source>
        <translation>La carpeta de salida de «%1» no existe.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>No se pudo escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” has no MPEG audio frames to copy.</source>
        <translation>«%1» no tiene tramas de audio MPEG que copiar.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <source>Could not read “%1”: the file ended early.</source>
        <translation>No se pudo leer «%1»: el archivo termina antes de tiempo.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file.</source>
        <translation>«%1» es una carpeta, no un archivo multimedia.</translation>
    </message>
    <message>
        <source>TuneDrop may not read “%1”.</source>
        <translation>TuneDrop no tiene permiso para leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes).</source>
        <translation>«%1» está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>The cover picture was left out: %1</source>
        <translation>Se omitió la imagen de portada: %1</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or incomplete and cannot be read (%2).</source>
        <translation>El archivo «%1» está dañado o incompleto y no se puede leer (%2).</translation>
    </message>
    <message>
        <source>“%1” refers to “%2”, which TuneDrop may not open for it.</source>
        <translation>«%1» remite a «%2», que TuneDrop no puede abrir para este archivo.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 bytes that are not MP3 audio were left out.</source>
        <translation>«%1» está dañado: se omitieron %2 bytes que no son audio MP3.</translation>
    </message>
    <message>
        <source>“%1” ends in the middle of an MP3 frame (the file is cut short): the incomplete frame was left out.</source>
        <translation>«%1» termina en mitad de una trama MP3 (el archivo está cortado): se omitió la trama incompleta.</translation>
    </message>
    <message>
        <source>The header of “%1” claims %2 MP3 frames but the file holds %3: the copy’s header gives the true length.</source>
        <translation>La cabecera de «%1» indica %2 tramas MP3, pero el archivo contiene %3: la cabecera de la copia da la duración real.</translation>
    </message>
    <message>
        <source>“%1” is too damaged to copy its MP3 frames as they are (streams of different formats spliced together, or more junk than audio): it was re-encoded.</source>
        <translation>«%1» está demasiado dañado para copiar sus tramas MP3 tal cual (flujos de formatos distintos empalmados, o más basura que audio): se volvió a codificar.</translation>
    </message>
    <message>
        <source>%1 kbps is too low for this source: at its sample rate (%2 kHz) an MP3 needs at least %3 kbps. Choose %3 kbps or more.</source>
        <translation>%1 kbps es demasiado poco para esta fuente: con su frecuencia de muestreo (%2 kHz) un MP3 necesita al menos %3 kbps. Elige %3 kbps o más.</translation>
    </message>
    <message>
        <source>At this source&apos;s sample rate (%1 kHz) an MP3 can have at most %2 kbps, so it was made at %2 kbps instead of %3 kbps.</source>
        <translation>Con la frecuencia de muestreo de esta fuente (%1 kHz) un MP3 puede tener como máximo %2 kbps, así que se creó a %2 kbps en lugar de %3 kbps.</translation>
    </message>
</context>
<context>
    <name>UrlClassifier</name>
    <message>
        <source>This YouTube link has no valid video id (the id is missing).</source>
        <translation>Este enlace de YouTube no tiene un ID de vídeo válido (falta el ID).</translation>
    </message>
    <message>
        <source>This YouTube link has no valid video id (“%1” is not an 11-character id).</source>
        <translation>Este enlace de YouTube no tiene un ID de vídeo válido («%1» no es un ID de 11 caracteres).</translation>
    </message>
    <message>
        <source>This YouTube playlist link has no valid list id.</source>
        <translation>Este enlace de lista de reproducción de YouTube no tiene un ID de lista válido.</translation>
    </message>
    <message>
        <source>This link has no valid host name.</source>
        <translation>Este enlace no tiene un nombre de host válido.</translation>
    </message>
    <message>
        <source>Paste a link or choose a file.</source>
        <translation>Pega un enlace o elige un archivo.</translation>
    </message>
    <message>
        <source>This file link points at another computer (%1).</source>
        <translation>Este enlace de archivo apunta a otro equipo (%1).</translation>
    </message>
    <message>
        <source>This file link has no path.</source>
        <translation>Este enlace de archivo no tiene ruta.</translation>
    </message>
    <message>
        <source>“%1:” links are not supported. Paste an http(s) link or choose a file.</source>
        <translation>Los enlaces «%1:» no son compatibles. Pega un enlace http(s) o elige un archivo.</translation>
    </message>
    <message>
        <source>This is neither a link nor a file path. Paste a link or choose a file.</source>
        <translation>Esto no es un enlace ni una ruta de archivo. Pega un enlace o elige un archivo.</translation>
    </message>
</context>
<context>
    <name>YtDlp</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>yt-dlp did not answer within %1 s.</source>
        <translation>yt-dlp no respondió en %1 s.</translation>
    </message>
    <message>
        <source>yt-dlp gave an answer TuneDrop cannot read (%1).</source>
        <translation>yt-dlp dio una respuesta que TuneDrop no puede leer (%1).</translation>
    </message>
    <message>
        <source>This video is blocked in your country by the site, so it cannot be downloaded from here.</source>
        <translation>El sitio bloquea este vídeo en tu país, así que no se puede descargar desde aquí.</translation>
    </message>
    <message>
        <source>This video is unavailable: it may be private or removed.</source>
        <translation>Este vídeo no está disponible: puede que sea privado o que se haya eliminado.</translation>
    </message>
    <message>
        <source>The site wants you to sign in (age check, bot check or members-only video). Choose your browser&apos;s sign-in cookies in Settings, then try again.</source>
        <translation>El sitio te pide iniciar sesión (verificación de edad, comprobación anti-bots o vídeo solo para miembros). Elige las cookies de sesión de tu navegador en Ajustes y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The site refused access. If it needs an account, choose your browser&apos;s sign-in cookies in Settings; otherwise yt-dlp may be outdated: update it.</source>
        <translation>El sitio denegó el acceso. Si requiere una cuenta, elige las cookies de sesión de tu navegador en Ajustes; si no, puede que yt-dlp esté desactualizado: actualízalo.</translation>
    </message>
    <message>
        <source>The site is limiting requests right now: wait a while and try again.</source>
        <translation>El sitio está limitando las solicitudes en este momento: espera un rato y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach the site: check your internet connection and try again.</source>
        <translation>No se pudo acceder al sitio: comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>TuneDrop cannot find any audio at this link.</source>
        <translation>TuneDrop no encuentra audio en este enlace.</translation>
    </message>
    <message>
        <source>yt-dlp could not read this site; yt-dlp may be outdated: update it (`yt-dlp -U` or your package manager) and try again.</source>
        <translation>yt-dlp no pudo leer este sitio; puede que yt-dlp esté desactualizado: actualízalo (`yt-dlp -U` o con tu gestor de paquetes) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>yt-dlp finished but TuneDrop cannot find the downloaded file (%1).</source>
        <translation>yt-dlp terminó, pero TuneDrop no encuentra el archivo descargado (%1).</translation>
    </message>
    <message>
        <source>yt-dlp could not process this link (exit code %1).</source>
        <translation>yt-dlp no pudo procesar este enlace (código de salida %1).</translation>
    </message>
    <message>
        <source>%1 (yt-dlp: %2)</source>
        <translation>%1 (yt-dlp: %2)</translation>
    </message>
    <message>
        <source>yt-dlp is not installed. Use Update yt-dlp in Settings (or run `tunedrop --update-yt-dlp`), install it with your package manager, or set its path in Settings.</source>
        <translation>yt-dlp no está instalado. Usa «Actualizar yt-dlp» en Ajustes (o ejecuta `tunedrop --update-yt-dlp`), instálalo con tu gestor de paquetes o indica su ruta en Ajustes.</translation>
    </message>
</context>
<context>
    <name>YtDlpUpdater</name>
    <message>
        <source>Could not download the list of checksums: %1</source>
        <translation>No se pudo descargar la lista de sumas de comprobación: %1</translation>
    </message>
    <message>
        <source>The release does not list a checksum for %1.</source>
        <translation>La versión no incluye una suma de comprobación para %1.</translation>
    </message>
    <message>
        <source>Could not download yt-dlp: %1</source>
        <translation>No se pudo descargar yt-dlp: %1</translation>
    </message>
    <message>
        <source>The downloaded yt-dlp does not match its published checksum; it was not installed.</source>
        <translation>El yt-dlp descargado no coincide con su suma de comprobación publicada; no se ha instalado.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The downloaded yt-dlp does not run; the installed copy was kept.</source>
        <translation>El yt-dlp descargado no se ejecuta; se ha conservado la copia instalada.</translation>
    </message>
    <message>
        <source>Could not install the new yt-dlp.</source>
        <translation>No se pudo instalar el nuevo yt-dlp.</translation>
    </message>
    <message>
        <source>yt-dlp %1 is installed.</source>
        <translation>yt-dlp %1 está instalado.</translation>
    </message>
    <message>
        <source>There is no previous yt-dlp to go back to.</source>
        <translation>No hay ningún yt-dlp anterior al que volver.</translation>
    </message>
    <message>
        <source>Back to yt-dlp %1.</source>
        <translation>De vuelta a yt-dlp %1.</translation>
    </message>
    <message>
        <source>Could not go back to the previous yt-dlp.</source>
        <translation>No se pudo volver al yt-dlp anterior.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: --once needs --headless.</source>
        <translation>error: --once requiere --headless.</translation>
    </message>
    <message>
        <source>error: TuneDrop is already running with this profile (%1). Add the links there, or use --profile.</source>
        <translation>error: TuneDrop ya se está ejecutando con este perfil (%1). Añade los enlaces allí o usa --profile.</translation>
    </message>
    <message>
        <source>error: another TuneDrop holds this profile but does not answer.</source>
        <translation>error: otra instancia de TuneDrop usa este perfil, pero no responde.</translation>
    </message>
    <message>
        <source>web: %1</source>
        <translation>web: %1</translation>
    </message>
    <message>
        <source>error: the password must not be empty.</source>
        <translation>error: la contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The web access password is set (only a salted hash is stored).</source>
        <translation>La contraseña de acceso web está establecida (solo se guarda un hash con sal).</translation>
    </message>
    <message>
        <source>warning: %1 Run tunedrop --update-yt-dlp.</source>
        <translation>aviso: %1 Ejecuta tunedrop --update-yt-dlp.</translation>
    </message>
    <message>
        <source>JavaScript runtime: %1</source>
        <translation>Entorno de ejecución de JavaScript: %1</translation>
    </message>
    <message>
        <source>The imported sign-in cookies are removed.</source>
        <translation>Se han quitado las cookies de sesión importadas.</translation>
    </message>
</context>
<context>
    <name>tunedrop::AboutDialog</name>
    <message>
        <source>The Qt Company and contributors (qt.io); your system&apos;s Qt libraries.</source>
        <translation>The Qt Company y colaboradores (qt.io); las bibliotecas Qt de tu sistema.</translation>
    </message>
    <message>
        <source>The FFmpeg developers (ffmpeg.org); your system&apos;s libavformat, libavcodec and libswresample.</source>
        <translation>Los desarrolladores de FFmpeg (ffmpeg.org); libavformat, libavcodec y libswresample de tu sistema.</translation>
    </message>
    <message>
        <source>The LAME project (lame.sourceforge.io); your system&apos;s libmp3lame.</source>
        <translation>El proyecto LAME (lame.sourceforge.io); libmp3lame de tu sistema.</translation>
    </message>
    <message>
        <source>The TagLib authors (taglib.org); your system&apos;s libtag.</source>
        <translation>Los autores de TagLib (taglib.org); libtag de tu sistema.</translation>
    </message>
    <message>
        <source>Frank Osterfeld and contributors; your system&apos;s libqt6keychain.</source>
        <translation>Frank Osterfeld y colaboradores; libqt6keychain de tu sistema.</translation>
    </message>
    <message>
        <source>This program.</source>
        <translation>Este programa.</translation>
    </message>
    <message>
        <source>see Settings ▸ Tools</source>
        <translation>ver Ajustes ▸ Herramientas</translation>
    </message>
    <message>
        <source>Run as a separate program, not linked: the copy TuneDrop keeps up to date from github.com/yt-dlp/yt-dlp/releases, or your system&apos;s.</source>
        <translation>Se ejecuta como programa aparte, sin enlazar: la copia que TuneDrop mantiene al día desde github.com/yt-dlp/yt-dlp/releases, o la de tu sistema.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>About TuneDrop</source>
        <translation>Acerca de TuneDrop</translation>
    </message>
    <message>
        <source>Paste or drop a video link, a media URL or a file: TuneDrop downloads it and saves its sound as a tagged MP3.</source>
        <translation>Pega o arrastra un enlace de vídeo, una URL de medios o un archivo: TuneDrop lo descarga y guarda su sonido como MP3 etiquetado.</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Componentes y licencias</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tunedrop::CookieFileLease</name>
    <message>
        <source>Cannot create the private folder for sign-in cookies (%1).</source>
        <translation>No se puede crear la carpeta privada para las cookies de sesión (%1).</translation>
    </message>
    <message>
        <source>Cannot write the sign-in cookies for yt-dlp: %1.</source>
        <translation>No se pueden escribir las cookies de sesión para yt-dlp: %1.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in cookies for yt-dlp (is the disk full?).</source>
        <translation>No se pueden escribir las cookies de sesión para yt-dlp (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>tunedrop::CookieVault</name>
    <message>
        <source>%1 is too large to be a cookies.txt file.</source>
        <translation>%1 es demasiado grande para ser un archivo cookies.txt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The cookies could not be stored safely: %1</source>
        <translation>No se pudieron guardar las cookies de forma segura: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported. They are kept in the system keychain; you can delete the cookies.txt file now.</source>
        <translation>
            <numerusform>Se importó %n cookie. Se guarda en el llavero del sistema; ya puedes borrar el archivo cookies.txt.</numerusform>
            <numerusform>Se importaron %n cookies. Se guardan en el llavero del sistema; ya puedes borrar el archivo cookies.txt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported.</source>
        <translation>
            <numerusform>Se importó %n cookie.</numerusform>
            <numerusform>Se importaron %n cookies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::DuplicateNotice</name>
    <message>
        <source>&amp;Open It</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Open the MP3 made earlier</source>
        <translation>Abrir el MP3 creado antes</translation>
    </message>
    <message>
        <source>Convert A&amp;gain</source>
        <translation>Convertir de &amp;nuevo</translation>
    </message>
    <message>
        <source>Convert it again into a new MP3</source>
        <translation>Convertirlo de nuevo en un MP3 nuevo</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <source>Already converted</source>
        <translation>Ya convertido</translation>
    </message>
    <message>
        <source>“%1” is already converted. Open it, or convert it again?</source>
        <translation>«%1» ya está convertido. ¿Abrirlo o convertirlo de nuevo?</translation>
    </message>
</context>
<context>
    <name>tunedrop::FolderOpener</name>
    <message>
        <source>The folder %1 does not exist any more.</source>
        <translation>La carpeta %1 ya no existe.</translation>
    </message>
    <message>
        <source>No file manager could open %1. Open that folder yourself, or install a file manager.</source>
        <translation>Ningún gestor de archivos pudo abrir %1. Abra esa carpeta usted mismo o instale un gestor de archivos.</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobActions</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Play the selected MP3 in the player below</source>
        <translation>Reproducir el MP3 seleccionado en el reproductor de abajo</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <source>Open the MP3 with the default application</source>
        <translation>Abrir el MP3 con la aplicación predeterminada</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the folder that holds the MP3</source>
        <translation>Abrir la carpeta que contiene el MP3</translation>
    </message>
    <message>
        <source>Copy &amp;LAN Download Link</source>
        <translation>Copiar enlace de descarga &amp;LAN</translation>
    </message>
    <message>
        <source>Copy a link other devices on the network can download the MP3 from</source>
        <translation>Copiar un enlace desde el que otros dispositivos de la red pueden descargar el MP3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>Try the failed or cancelled jobs again</source>
        <translation>Volver a intentar las tareas fallidas o canceladas</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Stop the selected jobs</source>
        <translation>Detener las tareas seleccionadas</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected jobs from the list, optionally with their files</source>
        <translation>Quitar las tareas seleccionadas de la lista, opcionalmente con sus archivos</translation>
    </message>
    <message>
        <source>Clear Fi&amp;nished</source>
        <translation>Quitar &amp;terminadas</translation>
    </message>
    <message>
        <source>Remove every finished job from the list (files stay)</source>
        <translation>Quitar de la lista todas las tareas terminadas (los archivos se conservan)</translation>
    </message>
    <message>
        <source>P&amp;ause Queue</source>
        <translation>&amp;Pausar cola</translation>
    </message>
    <message>
        <source>Turn on the web server in Settings to share links on the network</source>
        <translation>Activa el servidor web en Ajustes para compartir enlaces en la red</translation>
    </message>
    <message>
        <source>Remove Jobs</source>
        <translation>Quitar tareas</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation>
            <numerusform>¿Quitar %n tarea de la lista?</numerusform>
            <numerusform>¿Quitar %n tareas de la lista?</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete the MP3 files</source>
        <translation>Eliminar también los archivos MP3</translation>
    </message>
    <message>
        <source>&amp;Keep Forever</source>
        <translation>Conservar para &amp;siempre</translation>
    </message>
    <message>
        <source>Never delete this MP3 when its retention time is over</source>
        <translation>No borrar nunca este MP3 aunque termine su tiempo de conservación</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>Copy the MP3 to a folder of your choice</source>
        <translation>Copiar el MP3 a la carpeta que elijas</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>Audio MP3 (*.mp3)</translation>
    </message>
    <message>
        <source>Could not copy the MP3 to %1.</source>
        <translation>No se pudo copiar el MP3 a %1.</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Quitar terminadas</translation>
    </message>
    <message numerus="yes">
        <source>%n of the finished jobs are marked Keep Forever.</source>
        <translation>
            <numerusform>%n de las tareas terminadas está marcada como «Conservar para siempre».</numerusform>
            <numerusform>%n de las tareas terminadas están marcadas como «Conservar para siempre».</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear them from the list too? Their MP3s stay in the folder either way.</source>
        <translation>¿Quitarlas también de la lista? Sus MP3 se quedan en la carpeta en cualquier caso.</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>Quitar &amp;todas</translation>
    </message>
    <message>
        <source>Clear the &amp;Others</source>
        <translation>Quitar las &amp;demás</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobDetailsPane</name>
    <message>
        <source>Link or file: %1</source>
        <translation>Enlace o archivo: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (intento %1)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobItemDelegate</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Analizando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Convirtiendo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>intento %1 de %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>intento %1</translation>
    </message>
    <message>
        <source>Retrying in %1 (%2)</source>
        <translation>Reintento en %1 (%2)</translation>
    </message>
    <message>
        <source>Retrying as soon as a worker is free (%1)</source>
        <translation>Reintento en cuanto quede libre una conversión (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Archivo local</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListView</name>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Every link and file you added, with its progress</source>
        <translation>Todos los enlaces y archivos que has añadido, con su progreso</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobQueue</name>
    <message>
        <source>Local files can only be added on this computer, not from the web.</source>
        <translation>Los archivos locales solo se pueden añadir en este equipo, no desde la web.</translation>
    </message>
    <message numerus="yes">
        <source>This is taking longer than %n minute(s).</source>
        <translation>
            <numerusform>Esto está tardando más de %n minuto.</numerusform>
            <numerusform>Esto está tardando más de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Lista de reproducción</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s): the time limit for one job.</source>
        <translation>
            <numerusform>Detenida tras %n minuto: es el límite de tiempo por tarea.</numerusform>
            <numerusform>Detenida tras %n minutos: es el límite de tiempo por tarea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Some YouTube formats may be missing. %1</source>
        <translation>Puede que falten algunos formatos de YouTube. %1</translation>
    </message>
    <message>
        <source>Links to this computer are not allowed from the web (%1).</source>
        <translation>Los enlaces a este ordenador no están permitidos desde la web (%1).</translation>
    </message>
    <message>
        <source>the address of %1 could not be checked: %2</source>
        <translation>no se pudo comprobar la dirección de %1: %2</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host no encontrado</translation>
    </message>
    <message>
        <source>%1 leads to %2</source>
        <translation>%1 lleva a %2</translation>
    </message>
    <message>
        <source>TuneDrop could not start its connection guard (%1).</source>
        <translation>TuneDrop no pudo iniciar su guardián de conexiones (%1).</translation>
    </message>
</context>
<context>
    <name>tunedrop::LinkBarMark</name>
    <message>
        <source>This is not a link TuneDrop can download.</source>
        <translation>Esto no es un enlace que TuneDrop pueda descargar.</translation>
    </message>
</context>
<context>
    <name>tunedrop::MainWindow</name>
    <message>
        <source>TuneDrop</source>
        <translation>TuneDrop</translation>
    </message>
    <message>
        <source>Paste a YouTube link, any video or audio link, or a file path</source>
        <translation>Pega un enlace de YouTube, cualquier enlace de vídeo o audio, o una ruta de archivo</translation>
    </message>
    <message>
        <source>Link to add</source>
        <translation>Enlace que añadir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation>Añadir el enlace</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>Ab&amp;rir archivos…</translation>
    </message>
    <message>
        <source>Choose media files to convert</source>
        <translation>Elegir archivos multimedia para convertir</translation>
    </message>
    <message>
        <source>Paste or drop a link here

YouTube, any site yt-dlp knows, a direct media link or a local file</source>
        <translation>Pega o suelta aquí un enlace

YouTube, cualquier sitio compatible con yt-dlp, un enlace directo a un archivo multimedia o un archivo local</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Selecciona una tarea para ver sus detalles.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation>&amp;Pegar enlaces</translation>
    </message>
    <message>
        <source>Add every link on the clipboard</source>
        <translation>Añadir todos los enlaces del portapapeles</translation>
    </message>
    <message>
        <source>Go to the Link Bar</source>
        <translation>Ir a la barra de enlaces</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>The clipboard holds no link or media file.</source>
        <translation>El portapapeles no contiene ningún enlace ni archivo multimedia.</translation>
    </message>
    <message>
        <source>Choose Media Files</source>
        <translation>Elegir archivos multimedia</translation>
    </message>
    <message>
        <source>Media files (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;All files (*)</source>
        <translation>Archivos multimedia (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n item(s)</source>
        <translation>
            <numerusform>Suelta para añadir %n elemento</numerusform>
            <numerusform>Suelta para añadir %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be added: drop a link or a media file</source>
        <translation>Esto no se puede añadir: suelta un enlace o un archivo multimedia</translation>
    </message>
    <message>
        <source>Nothing to add: the dropped item is not a link or a media file.</source>
        <translation>Nada que añadir: el elemento soltado no es un enlace ni un archivo multimedia.</translation>
    </message>
    <message>
        <source>%1 queued · %2 running · %3 done · %4 failed</source>
        <translation>En cola: %1 · En curso: %2 · Terminadas: %3 · Fallidas: %4</translation>
    </message>
    <message>
        <source>%1 % — TuneDrop</source>
        <translation>%1 % — TuneDrop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About TuneDrop</source>
        <translation>&amp;Acerca de TuneDrop</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Ya está en la lista.</translation>
    </message>
    <message>
        <source>Converting again.</source>
        <translation>Convirtiendo de nuevo.</translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation>Abrir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>Canceladas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s).</source>
        <translation>
            <numerusform>Se añadió %n elemento.</numerusform>
            <numerusform>Se añadieron %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the list: “%1”.</source>
        <translation>Ya está en la lista: «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already in the list.</source>
        <translation>
            <numerusform>%n elemento ya está en la lista.</numerusform>
            <numerusform>%n elementos ya están en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already converted.</source>
        <translation>Ya convertido.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: not links TuneDrop can download (“%1”).</source>
        <translation>
            <numerusform>%n línea omitida: no es un enlace que TuneDrop pueda descargar («%1»).</numerusform>
            <numerusform>%n líneas omitidas: no son enlaces que TuneDrop pueda descargar («%1»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::OnceRunner</name>
    <message>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: the job was removed.</source>
        <translation>error: %1: se quitó la tarea.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>aviso: %1: %2</translation>
    </message>
    <message>
        <source>the file has expired and was deleted.</source>
        <translation>el archivo caducó y se eliminó.</translation>
    </message>
    <message>
        <source>error: %1: interrupted; it stays queued and finishes the next time TuneDrop runs with this profile.</source>
        <translation>error: %1: interrumpido; sigue en la cola y terminará la próxima vez que TuneDrop se ejecute con este perfil.</translation>
    </message>
</context>
<context>
    <name>tunedrop::PlayerBar</name>
    <message>
        <source>No audio output device found.</source>
        <translation>No se encontró ningún dispositivo de salida de audio.</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Plays a finished MP3 (Space toggles play and pause)</source>
        <translation>Reproduce un MP3 terminado (Espacio alterna entre reproducir y pausar)</translation>
    </message>
    <message>
        <source>Cover art</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Posición de reproducción</translation>
    </message>
    <message>
        <source>Playback position: drag to seek</source>
        <translation>Posición de reproducción: arrastra para desplazarte</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Tiempo transcurrido y total</translation>
    </message>
    <message>
        <source>Elapsed time / total time</source>
        <translation>Tiempo transcurrido / tiempo total</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>Error de reproducción</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation>Volumen: %1 %</translation>
    </message>
    <message>
        <source>This file cannot be played: a GStreamer plugin may be missing (install gstreamer1.0-plugins-good).</source>
        <translation>Este archivo no se puede reproducir: puede que falte un complemento de GStreamer (instala gstreamer1.0-plugins-good).</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>No se puede abrir el archivo.</translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation>Error en la reproducción.</translation>
    </message>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Detalles: %2</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Ninguna pista</translation>
    </message>
    <message>
        <source>No track loaded</source>
        <translation>No hay ninguna pista cargada</translation>
    </message>
    <message>
        <source>No cover art</source>
        <translation>Sin portada</translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation>Reproduciendo: %1</translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation>El archivo «%1» ya no existe.</translation>
    </message>
</context>
<context>
    <name>tunedrop::QueuePauseAction</name>
    <message>
        <source>Resume &amp;Queue</source>
        <translation>Reanudar c&amp;ola</translation>
    </message>
    <message>
        <source>P&amp;ause Queue</source>
        <translation>&amp;Pausar cola</translation>
    </message>
    <message>
        <source>Go on with the paused jobs from where they stopped, and start queued ones</source>
        <translation>Continuar las tareas en pausa desde donde se detuvieron e iniciar las que están en cola</translation>
    </message>
    <message>
        <source>Stop running jobs where they are and start no new ones until resumed</source>
        <translation>Detener las tareas en curso donde están y no iniciar otras nuevas hasta reanudar</translation>
    </message>
</context>
<context>
    <name>tunedrop::QueuePausedLabel</name>
    <message>
        <source>Queue paused</source>
        <translation>Cola en pausa</translation>
    </message>
    <message>
        <source>Running jobs stand still where they are and no new ones start. Resume Queue (Ctrl+P) goes on.</source>
        <translation>Las tareas en curso se quedan donde están y no se inicia ninguna nueva. «Reanudar cola» (Ctrl+P) continúa.</translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionLabel</name>
    <message numerus="yes">
        <source>MP3s are deleted %n h after conversion</source>
        <translation>
            <numerusform>Los MP3 se eliminan tras %n h</numerusform>
            <numerusform>Los MP3 se eliminan tras %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>MP3s are kept</source>
        <translation>Los MP3 se conservan</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (línea de órdenes)</translation>
    </message>
    <message>
        <source>Set for this run by --retention-hours</source>
        <translation>Fijado para esta ejecución por --retention-hours</translation>
    </message>
    <message>
        <source>Change this in Settings ▸ Queue; Keep Forever keeps a single MP3</source>
        <translation>Se cambia en Ajustes ▸ Cola; «Conservar para siempre» conserva un solo MP3</translation>
    </message>
    <message numerus="yes">
        <source>Finished MP3s are deleted %n hour(s) after conversion, unless you keep them.</source>
        <translation>
            <numerusform>Los MP3 terminados se eliminan %n hora después de la conversión, salvo que los conserve.</numerusform>
            <numerusform>Los MP3 terminados se eliminan %n horas después de la conversión, salvo que los conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished MP3s are kept until you delete them.</source>
        <translation>Los MP3 terminados se conservan hasta que los elimine.</translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionNotice</name>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Remember this choice (Settings ▸ Queue changes it later)</source>
        <translation>Recordar esta elección (se puede cambiar luego en Ajustes ▸ Cola)</translation>
    </message>
    <message>
        <source>What happens to finished MP3s</source>
        <translation>Qué pasa con los MP3 terminados</translation>
    </message>
    <message numerus="yes">
        <source>TuneDrop deletes the MP3s it makes %n hour(s) after conversion, so that the folder does not fill up. Keep Forever or Save a Copy keeps a single one. What should happen to your MP3s?</source>
        <translation>
            <numerusform>TuneDrop elimina los MP3 que crea %n hora después de la conversión, para que la carpeta no se llene. «Conservar para siempre» o «Guardar una copia» conservan uno solo. ¿Qué debe pasar con sus MP3?</numerusform>
            <numerusform>TuneDrop elimina los MP3 que crea %n horas después de la conversión, para que la carpeta no se llene. «Conservar para siempre» o «Guardar una copia» conservan uno solo. ¿Qué debe pasar con sus MP3?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete MP3s %n hour(s) after conversion</source>
        <translation>
            <numerusform>Eliminar los MP3 %n hora después de la conversión</numerusform>
            <numerusform>Eliminar los MP3 %n horas después de la conversión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionPurger</name>
    <message>
        <source>already gone</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>kept: not a regular file (a link, a folder or a device)</source>
        <translation>conservado: no es un archivo normal (un enlace, una carpeta o un dispositivo)</translation>
    </message>
    <message>
        <source>kept: no longer inside the library folder %1</source>
        <translation>conservado: ya no está en la carpeta de la biblioteca %1</translation>
    </message>
    <message>
        <source>kept: changed or replaced since TuneDrop wrote it</source>
        <translation>conservado: cambiado o sustituido desde que TuneDrop lo escribió</translation>
    </message>
    <message numerus="yes">
        <source>older than %n hour(s)</source>
        <translation>
            <numerusform>con más de %n hora</numerusform>
            <numerusform>con más de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete (%1); trying again next round</source>
        <translation>no se pudo borrar (%1); se reintentará en la siguiente ronda</translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>Categorías de ajustes</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>&amp;Salida</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation>Servidor &amp;web</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interfaz</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problema con los ajustes</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>The settings could not be saved. Check that the settings folder is writable.</source>
        <translation>No se pudieron guardar los ajustes. Comprueba que se puede escribir en la carpeta de ajustes.</translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog::Private</name>
    <message>
        <source>Only the address %1</source>
        <translation>Solo la dirección %1</translation>
    </message>
    <message>
        <source>about %1 kbps (0 = best, 9 = smallest)</source>
        <translation>unos %1 kbps (0 = mejor calidad, 9 = archivo más pequeño)</translation>
    </message>
    <message>
        <source>Blue in Green</source>
        <translation>Blue in Green</translation>
    </message>
    <message>
        <source>Miles Davis</source>
        <translation>Miles Davis</translation>
    </message>
    <message>
        <source>Kind of Blue</source>
        <translation>Kind of Blue</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source> hour</source>
        <translation> hora</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>The new password replaces the current one when you apply.</source>
        <translation>La contraseña nueva sustituirá a la actual al aplicar los cambios.</translation>
    </message>
    <message>
        <source>The password is set when you apply.</source>
        <translation>La contraseña se establecerá al aplicar los cambios.</translation>
    </message>
    <message>
        <source>A password is set. Type a new one to replace it.</source>
        <translation>Hay una contraseña establecida. Escribe una nueva para sustituirla.</translation>
    </message>
    <message>
        <source>The password is removed when you apply.</source>
        <translation>La contraseña se quitará al aplicar los cambios.</translation>
    </message>
    <message>
        <source>No password is set. One is needed to listen on the local network.</source>
        <translation>No hay ninguna contraseña establecida. Se necesita una para escuchar en la red local.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Carpeta de sa&amp;lida:</translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation>Buscar la carpeta de salida</translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation>Elegir la carpeta de salida</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation>Tasa de bits constante (CBR)</translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation>Tasa de bits variable (VBR)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Co&amp;dificación:</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Bit&amp;rate:</source>
        <translation>&amp;Tasa de bits:</translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation>Calidad VBR</translation>
    </message>
    <message>
        <source>0 is the best quality and the largest file, 9 the smallest file.</source>
        <translation>0 es la mejor calidad y el archivo más grande; 9, el archivo más pequeño.</translation>
    </message>
    <message>
        <source>&amp;VBR quality:</source>
        <translation>Calidad &amp;VBR:</translation>
    </message>
    <message>
        <source>ID3 tag version</source>
        <translation>Versión de las etiquetas ID3</translation>
    </message>
    <message>
        <source>ID3v2.4</source>
        <translation>ID3v2.4</translation>
    </message>
    <message>
        <source>ID3v2.3 (for older players)</source>
        <translation>ID3v2.3 (para reproductores antiguos)</translation>
    </message>
    <message>
        <source>I&amp;D3 tags:</source>
        <translation>Eti&amp;quetas ID3:</translation>
    </message>
    <message>
        <source>Copy MP3 &amp;sources without re-encoding when possible</source>
        <translation>Copiar los MP3 de &amp;origen sin recodificar cuando sea posible</translation>
    </message>
    <message>
        <source>Copy MP3 sources without re-encoding when possible</source>
        <translation>Copiar los MP3 de origen sin recodificar cuando sea posible</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Plantilla de nombre de archivo</translation>
    </message>
    <message>
        <source>Placeholders: {title} {artist} {album} {date} {track}</source>
        <translation>Variables: {title} {artist} {album} {date} {track}</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation>Vista previa del nombre de archivo</translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation>Conversiones simultáneas</translation>
    </message>
    <message>
        <source>&amp;Simultaneous conversions:</source>
        <translation>Conversiones si&amp;multáneas:</translation>
    </message>
    <message>
        <source>Delete MP3s after hours</source>
        <translation>Eliminar los MP3 tras (horas)</translation>
    </message>
    <message>
        <source>&amp;Keep forever</source>
        <translation>C&amp;onservar para siempre</translation>
    </message>
    <message>
        <source>Keep MP3s forever</source>
        <translation>Conservar los MP3 para siempre</translation>
    </message>
    <message>
        <source>&amp;Delete MP3s after:</source>
        <translation>&amp;Eliminar los MP3 tras:</translation>
    </message>
    <message>
        <source>Most tracks taken from a playlist</source>
        <translation>Número máximo de pistas tomadas de una lista de reproducción</translation>
    </message>
    <message>
        <source>Most tracks per &amp;playlist:</source>
        <translation>Máximo de pistas por &amp;lista de reproducción:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Soft time limit in minutes</source>
        <translation>Límite de tiempo flexible en minutos</translation>
    </message>
    <message>
        <source>Soft time &amp;limit:</source>
        <translation>Límite de tiempo &amp;flexible:</translation>
    </message>
    <message>
        <source>Hard time limit in minutes</source>
        <translation>Límite de tiempo estricto en minutos</translation>
    </message>
    <message>
        <source>&amp;Hard time limit:</source>
        <translation>Límite de tiempo es&amp;tricto:</translation>
    </message>
    <message>
        <source>A conversion running longer than the soft limit is marked as slow; at the hard limit it is stopped and tried again.</source>
        <translation>Una conversión que dure más que el límite flexible se marca como lenta; al llegar al límite estricto se detiene y se vuelve a intentar.</translation>
    </message>
    <message>
        <source>&amp;Enable the web server</source>
        <translation>&amp;Activar el servidor web</translation>
    </message>
    <message>
        <source>Enable the web server</source>
        <translation>Activar el servidor web</translation>
    </message>
    <message>
        <source>Convert links from a browser on this computer or, with a password, from other devices on your network.</source>
        <translation>Convierte enlaces desde un navegador de este equipo o, con contraseña, desde otros dispositivos de tu red.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este equipo (127.0.0.1)</translation>
    </message>
    <message>
        <source>Local network (all addresses)</source>
        <translation>Red local (todas las direcciones)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Escuchar &amp;en:</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Contraseña de acceso</translation>
    </message>
    <message>
        <source>Re&amp;move password</source>
        <translation>&amp;Quitar la contraseña</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Quitar la contraseña</translation>
    </message>
    <message>
        <source>Access &amp;password:</source>
        <translation>C&amp;ontraseña de acceso:</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>Estado de la contraseña</translation>
    </message>
    <message>
        <source>yt-dlp program</source>
        <translation>Programa yt-dlp</translation>
    </message>
    <message>
        <source>yt-dlp from the system PATH</source>
        <translation>yt-dlp del PATH del sistema</translation>
    </message>
    <message>
        <source>&amp;yt-dlp program:</source>
        <translation>Programa &amp;yt-dlp:</translation>
    </message>
    <message>
        <source>Browse for the yt-dlp program</source>
        <translation>Buscar el programa yt-dlp</translation>
    </message>
    <message>
        <source>Choose the yt-dlp Program</source>
        <translation>Elegir el programa yt-dlp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time TuneDrop starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie TuneDrop.</translation>
    </message>
    <message>
        <source>&amp;Notify me when conversions finish</source>
        <translation>&amp;Notificarme cuando terminen las conversiones</translation>
    </message>
    <message>
        <source>Notify me when conversions finish</source>
        <translation>Notificarme cuando terminen las conversiones</translation>
    </message>
    <message>
        <source>Keep running in the &amp;system tray when the window is closed</source>
        <translation>Seguir ejecutándose en la &amp;bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Seguir ejecutándose en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>yt-dlp fetches audio from video and streaming sites. Leave this empty to use the copy TuneDrop keeps up to date, else the one on the system PATH.</source>
        <translation>yt-dlp obtiene el audio de sitios de vídeo y streaming. Déjalo vacío para usar la copia que TuneDrop mantiene actualizada o, en su defecto, el del PATH del sistema.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Esquema de colores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>Esquema de co&amp;lores:</translation>
    </message>
    <message>
        <source>Web page address</source>
        <translation>Dirección de la página web</translation>
    </message>
    <message>
        <source>Open from a phone:</source>
        <translation>Abrir desde un móvil:</translation>
    </message>
</context>
<context>
    <name>tunedrop::TrayIcon</name>
    <message>
        <source>TuneDrop</source>
        <translation>TuneDrop</translation>
    </message>
    <message>
        <source>&amp;Show TuneDrop</source>
        <translation>&amp;Mostrar TuneDrop</translation>
    </message>
    <message>
        <source>MP3 ready</source>
        <translation>MP3 listo</translation>
    </message>
    <message>
        <source>Could not convert</source>
        <translation>No se pudo convertir</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebAddressPanel</name>
    <message>
        <source>&amp;Copy address</source>
        <translation>Copiar &amp;dirección</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>Web page addresses</source>
        <translation>Direcciones de la página web</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Show a QR code of %1 to open the web page from a phone</source>
        <translation>Mostrar un código QR de %1 para abrir la página web desde un móvil</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Página web: %1</translation>
    </message>
    <message>
        <source>Web page address</source>
        <translation>Dirección de la página web</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebPage</name>
    <message>
        <source>Links to convert to MP3</source>
        <translation>Enlaces para convertir a MP3</translation>
    </message>
    <message>
        <source>Paste one or more links, one per line</source>
        <translation>Pegue uno o más enlaces, uno por línea</translation>
    </message>
    <message>
        <source>Download as MP3</source>
        <translation>Descargar como MP3</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>TuneDrop did not answer. Check the connection and try again.</source>
        <translation>TuneDrop no responde. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Esperando en la cola</translation>
    </message>
    <message>
        <source>Trying again in %1 (attempt %2 of %3)</source>
        <translation>Nuevo intento en %1 (intento %2 de %3)</translation>
    </message>
    <message>
        <source>Looking up the link…</source>
        <translation>Comprobando el enlace…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Convirtiendo</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Convirtiendo…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired: the MP3 has been deleted</source>
        <translation>Caducado: el MP3 se ha eliminado</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 kB/s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>quedan unos %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>quedan unos %1 min</translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>quedan unas %1 h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added.</source>
        <translation>
            <numerusform>%n enlace añadido.</numerusform>
            <numerusform>%n enlaces añadidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) already in the list.</source>
        <translation>
            <numerusform>%n enlace ya está en la lista.</numerusform>
            <numerusform>%n enlaces ya están en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) already converted: the MP3 is in the list.</source>
        <translation>
            <numerusform>%n enlace ya convertido: el MP3 está en la lista.</numerusform>
            <numerusform>%n enlaces ya convertidos: los MP3 están en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be added:</source>
        <translation>
            <numerusform>%n línea no se pudo añadir:</numerusform>
            <numerusform>%n líneas no se pudieron añadir:</numerusform>
        </translation>
    </message>
    <message>
        <source>the file or video was not found</source>
        <translation>no se encontró el archivo o el vídeo</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>se denegó el acceso</translation>
    </message>
    <message>
        <source>there is no sound in it</source>
        <translation>no contiene sonido</translation>
    </message>
    <message>
        <source>this kind of file cannot be converted</source>
        <translation>este tipo de archivo no se puede convertir</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the disk of the computer running TuneDrop is full</source>
        <translation>el disco del ordenador donde se ejecuta TuneDrop está lleno</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>falló la conexión</translation>
    </message>
    <message>
        <source>it took too long</source>
        <translation>tardó demasiado</translation>
    </message>
    <message>
        <source>something went wrong inside TuneDrop</source>
        <translation>algo falló dentro de TuneDrop</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebServer</name>
    <message>
        <source>Back to TuneDrop</source>
        <translation>Volver a TuneDrop</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port in Settings or with --web-port, or stop the other program.</source>
        <translation>El puerto %1 ya lo usa otro programa. Elige otro puerto en Ajustes o con --web-port, o cierra el otro programa.</translation>
    </message>
    <message>
        <source>Only web links (http or https) can be sent from a browser.</source>
        <translation>Desde un navegador solo se pueden enviar enlaces web (http o https).</translation>
    </message>
    <message>
        <source>Links to this computer&apos;s own services are not accepted from the web.</source>
        <translation>No se aceptan desde la web enlaces a los servicios de este propio equipo.</translation>
    </message>
    <message>
        <source>TuneDrop is shutting down. Send the link again once it runs.</source>
        <translation>TuneDrop se está cerrando. Vuelve a enviar el enlace cuando esté de nuevo en marcha.</translation>
    </message>
    <message>
        <source>Invalid link</source>
        <translation>Enlace no válido</translation>
    </message>
    <message>
        <source>This download link is not valid, or its file has expired.</source>
        <translation>Este enlace de descarga no es válido o su archivo ha caducado.</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Aún no está listo</translation>
    </message>
    <message>
        <source>The MP3 is still being prepared. Try again in a moment.</source>
        <translation>El MP3 aún se está preparando. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Unknown host.</source>
        <translation>Host desconocido.</translation>
    </message>
    <message>
        <source>Cross-site requests are refused.</source>
        <translation>Se rechazan las solicitudes entre sitios.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json).</source>
        <translation>Envía JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Send {&quot;links&quot;: [...]} with 1 to %1 links.</source>
        <translation>Envía {&quot;links&quot;: [...]} con entre 1 y %1 enlaces.</translation>
    </message>
    <message>
        <source>The job is not in a state that allows this.</source>
        <translation>El trabajo no está en un estado que lo permita.</translation>
    </message>
    <message>
        <source>Listening on %1 (the local network) needs an access password. Set one in Settings or with “tunedrop --set-web-password”.</source>
        <translation>Escuchar en %1 (la red local) requiere una contraseña de acceso. Establécela en Ajustes o con «tunedrop --set-web-password».</translation>
    </message>
    <message>
        <source>The page is out of date: reload it.</source>
        <translation>La página está desactualizada: recárgala.</translation>
    </message>
    <message>
        <source>Log in or send the API token.</source>
        <translation>Inicia sesión o envía el token de la API.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Contraseña de acceso</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>La solicitud está mal formada.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas. Inténtelo de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas. Inténtelo de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a link. Paste a link that starts with http:// or https://.</source>
        <translation>Esto no es un enlace. Pegue un enlace que empiece por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpNotice</name>
    <message>
        <source>Update yt-dlp</source>
        <translation>Actualizar yt-dlp</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <source>yt-dlp notice</source>
        <translation>Aviso de yt-dlp</translation>
    </message>
    <message>
        <source>yt-dlp is not installed, so links to YouTube and other video sites cannot be converted.</source>
        <translation>yt-dlp no está instalado, así que los enlaces a YouTube y otros sitios de vídeo no se pueden convertir.</translation>
    </message>
    <message>
        <source>Downloading the latest yt-dlp…</source>
        <translation>Descargando la última versión de yt-dlp…</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>U&amp;pdate yt-dlp</source>
        <translation>Ac&amp;tualizar yt-dlp</translation>
    </message>
    <message>
        <source>Update yt-dlp</source>
        <translation>Actualizar yt-dlp</translation>
    </message>
    <message>
        <source>Download the latest yt-dlp release, check it against the release&apos;s checksums and install it for TuneDrop.</source>
        <translation>Descargar la última versión de yt-dlp, verificarla con las sumas de comprobación de la versión e instalarla para TuneDrop.</translation>
    </message>
    <message>
        <source>Roll Bac&amp;k</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Roll back to the previous yt-dlp</source>
        <translation>Volver al yt-dlp anterior</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <source>JavaScript runtime:</source>
        <translation>Entorno de ejecución de JavaScript:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <source>No sign-in cookies</source>
        <translation>Sin cookies de sesión</translation>
    </message>
    <message>
        <source>Imported cookies.t&amp;xt</source>
        <translation>cookies.t&amp;xt importado</translation>
    </message>
    <message>
        <source>Use the imported cookies.txt</source>
        <translation>Usar el cookies.txt importado</translation>
    </message>
    <message>
        <source>&amp;Read from a browser</source>
        <translation>&amp;Leer de un navegador</translation>
    </message>
    <message>
        <source>Read cookies from a browser</source>
        <translation>Leer las cookies de un navegador</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <source>Import a cookies.txt file</source>
        <translation>Importar un archivo cookies.txt</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forget the imported cookies</source>
        <translation>Olvidar las cookies importadas</translation>
    </message>
    <message>
        <source>Browser to read cookies from</source>
        <translation>Navegador del que leer las cookies</translation>
    </message>
    <message>
        <source>A browser name, optionally with a profile: chrome:Profile 1</source>
        <translation>Un nombre de navegador, opcionalmente con un perfil: chrome:Profile 1</translation>
    </message>
    <message>
        <source>Brow&amp;ser:</source>
        <translation>Na&amp;vegador:</translation>
    </message>
    <message>
        <source>Sign-in cookies:</source>
        <translation>Cookies de sesión:</translation>
    </message>
    <message>
        <source>Import Sign-in Cookies</source>
        <translation>Importar cookies de sesión</translation>
    </message>
    <message>
        <source>Cookie files (*.txt);;All files (*)</source>
        <translation>Archivos de cookies (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Downloading the latest yt-dlp…</source>
        <translation>Descargando la última versión de yt-dlp…</translation>
    </message>
    <message>
        <source>The yt-dlp program chosen above is still the one used; clear that field to use this copy.</source>
        <translation>Se sigue usando el programa yt-dlp elegido arriba; vacía ese campo para usar esta copia.</translation>
    </message>
    <message>
        <source>The imported cookies are removed from the keychain.</source>
        <translation>Se han quitado las cookies importadas del llavero.</translation>
    </message>
    <message>
        <source>The cookies could not be removed: %1</source>
        <translation>No se pudieron quitar las cookies: %1</translation>
    </message>
    <message>
        <source>Imported cookies are kept in the system keychain, never in the settings file; yt-dlp gets a private copy only while it runs.</source>
        <translation>Las cookies importadas se guardan en el llavero del sistema, nunca en el archivo de ajustes; yt-dlp recibe una copia privada solo mientras se ejecuta.</translation>
    </message>
    <message>
        <source>For sites that ask you to sign in: export cookies.txt from your browser and import it, or let yt-dlp read them from the browser.</source>
        <translation>Para sitios que piden iniciar sesión: exporta cookies.txt desde tu navegador e impórtalo, o deja que yt-dlp lea las cookies del navegador.</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpStatus</name>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>%1, the program chosen in Settings (%2)</source>
        <translation>%1, el programa elegido en Ajustes (%2)</translation>
    </message>
    <message>
        <source>%1, the copy TuneDrop keeps up to date (%2)</source>
        <translation>%1, la copia que TuneDrop mantiene actualizada (%2)</translation>
    </message>
    <message>
        <source>%1, installed on the system (%2)</source>
        <translation>%1, instalado en el sistema (%2)</translation>
    </message>
    <message>
        <source>Not found. Use Update yt-dlp to install it for TuneDrop.</source>
        <translation>No encontrado. Usa «Actualizar yt-dlp» para instalarlo para TuneDrop.</translation>
    </message>
    <message numerus="yes">
        <source>This yt-dlp is %n day(s) old; sites like YouTube change often and need a recent one.</source>
        <translation>
            <numerusform>Este yt-dlp tiene %n día de antigüedad; sitios como YouTube cambian a menudo y necesitan una versión reciente.</numerusform>
            <numerusform>Este yt-dlp tiene %n días de antigüedad; sitios como YouTube cambian a menudo y necesitan una versión reciente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; this yt-dlp is too old to use it (2025.11.12 or newer needed).</source>
        <translation>%1; este yt-dlp es demasiado antiguo para usarlo (se necesita 2025.11.12 o posterior).</translation>
    </message>
</context>
<context>
    <name>tunedrop::cookies</name>
    <message>
        <source>This is not a Netscape cookies.txt file (line %1 is not a cookie). Export the cookies with a &quot;cookies.txt&quot; browser add-on and import that file.</source>
        <translation>Este no es un archivo cookies.txt de Netscape (la línea %1 no es una cookie). Exporta las cookies con un complemento del navegador como «cookies.txt» e importa ese archivo.</translation>
    </message>
    <message>
        <source>This cookies.txt file holds no cookies.</source>
        <translation>Este archivo cookies.txt no contiene cookies.</translation>
    </message>
    <message>
        <source>Choose one of these browsers: %1.</source>
        <translation>Elige uno de estos navegadores: %1.</translation>
    </message>
</context>
</TS>
