<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>TuneDrop downloads a video or audio link (or converts a local file) and saves its sound as a tagged MP3.</source>
        <translation>TuneDrop télécharge un lien vidéo ou audio (ou convertit un fichier local) et en enregistre le son dans un MP3 avec ses balises.</translation>
    </message>
    <message>
        <source>Run the queue without a window until stopped (SIGINT/SIGTERM).</source>
        <translation>Exécuter la file d’attente sans fenêtre jusqu’à l’arrêt (SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>With --headless: convert the given items, print the path of each MP3, then exit.</source>
        <translation>Avec --headless&#xa0;: convertir les éléments donnés, afficher le chemin de chaque MP3, puis quitter.</translation>
    </message>
    <message>
        <source>Keep all settings and state in &lt;dir&gt;.</source>
        <translation>Conserver tous les paramètres et l’état dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Write MP3 files to &lt;dir&gt; (default: the library folder).</source>
        <translation>Écrire les fichiers MP3 dans &lt;dossier&gt; (par défaut&#xa0;: le dossier de la bibliothèque).</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>Variable bitrate quality, 0 (best) to 9 (smallest), instead of CBR.</source>
        <translation>Qualité du débit variable, de 0 (la meilleure) à 9 (le plus petit fichier), au lieu du CBR.</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>How many conversions run at once, 1 to 16.</source>
        <translation>Nombre de conversions simultanées, de 1 à 16.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Always re-encode, even MP3 sources that could be copied losslessly.</source>
        <translation>Toujours réencoder, même les sources MP3 qui pourraient être copiées sans perte.</translation>
    </message>
    <message>
        <source>Write ID3v2.3 tags (for old players) instead of ID3v2.4.</source>
        <translation>Écrire des balises ID3v2.3 (pour les anciens lecteurs) au lieu d’ID3v2.4.</translation>
    </message>
    <message>
        <source>Links or local media files to convert.</source>
        <translation>Liens ou fichiers multimédias locaux à convertir.</translation>
    </message>
    <message>
        <source>[items...]</source>
        <translation>[éléments...]</translation>
    </message>
    <message>
        <source>Choose either --bitrate or --vbr, not both.</source>
        <translation>Utilisez soit --bitrate, soit --vbr, mais pas les deux.</translation>
    </message>
    <message>
        <source>The bitrate or quality must be a whole number.</source>
        <translation>Le débit ou la qualité doit être un nombre entier.</translation>
    </message>
    <message>
        <source>--workers must be between 1 and 16.</source>
        <translation>--workers doit être compris entre 1 et 16.</translation>
    </message>
    <message>
        <source>--once needs at least one link or file to convert.</source>
        <translation>--once nécessite au moins un lien ou un fichier à convertir.</translation>
    </message>
    <message>
        <source>Start the web server (phones and browsers can add links and download MP3s).</source>
        <translation>Démarrer le serveur web (téléphones et navigateurs peuvent ajouter des liens et télécharger les MP3).</translation>
    </message>
    <message>
        <source>Web server port (default 8080).</source>
        <translation>Port du serveur web (8080 par défaut).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address the web server listens on (default 127.0.0.1).</source>
        <translation>Adresse d’écoute du serveur web (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Accept web links to this computer&apos;s own addresses (trusted setups, tests).</source>
        <translation>Accepter les liens web vers les adresses de cet ordinateur (installations de confiance, tests).</translation>
    </message>
    <message>
        <source>--web-port must be a port number (1 to 65535, or 0 for any free port).</source>
        <translation>--web-port doit être un numéro de port (de 1 à 65535, ou 0 pour n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Read the web server&apos;s access password from standard input, store its salted hash and exit.</source>
        <translation>Lire le mot de passe d’accès du serveur web sur l’entrée standard, enregistrer son empreinte salée et quitter.</translation>
    </message>
    <message>
        <source>Ask for the access password even on this computer (shared machines).</source>
        <translation>Demander le mot de passe d’accès même sur cet ordinateur (machines partagées).</translation>
    </message>
    <message>
        <source>Print the web API token (for &quot;Authorization: Bearer&quot;) and exit.</source>
        <translation>Afficher le jeton de l’API web (pour «&#xa0;Authorization: Bearer&#xa0;») et quitter.</translation>
    </message>
    <message>
        <source>Delete finished MP3s this many hours after they were made (default 8; 0 keeps them forever).</source>
        <translation>Supprimer les MP3 terminés ce nombre d’heures après leur création (8 par défaut&#xa0;; 0 les garde pour toujours).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>--retention-hours must be between 0 (keep forever) and 8760.</source>
        <translation>--retention-hours doit être compris entre 0 (garder pour toujours) et 8760.</translation>
    </message>
    <message>
        <source>Download the latest yt-dlp, verify its checksum and install it for TuneDrop, then exit.</source>
        <translation>Télécharger la dernière version de yt-dlp, vérifier sa somme de contrôle et l’installer pour TuneDrop, puis quitter.</translation>
    </message>
    <message>
        <source>Where yt-dlp releases are downloaded from (a mirror of the official layout).</source>
        <translation>D’où les versions de yt-dlp sont téléchargées (un miroir de l’arborescence officielle).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the sign-in cookies of a Netscape cookies.txt file in the system keychain for yt-dlp, then exit.</source>
        <translation>Conserver les cookies de connexion d’un fichier cookies.txt Netscape dans le trousseau du système pour yt-dlp, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Remove the imported sign-in cookies, then exit.</source>
        <translation>Supprimer les cookies de connexion importés, puis quitter.</translation>
    </message>
    <message>
        <source>Let yt-dlp read sign-in cookies from this browser (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale) for this run.</source>
        <translation>Laisser yt-dlp lire les cookies de connexion de ce navigateur (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale) pour cette exécution.</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>navigateur</translation>
    </message>
    <message>
        <source>Constant bitrate in kbps, 8 to 320 (default 192); below 32 only for sources at 24 kHz or less.</source>
        <translation>Débit constant en kbit/s, de 8 à 320 (192 par défaut) ; en dessous de 32 seulement pour les sources à 24 kHz ou moins.</translation>
    </message>
    <message>
        <source>Believe X-Forwarded-For only from this reverse proxy&apos;s address (may be given more than once).</source>
        <translation>Ne croire X-Forwarded-For que depuis l&apos;adresse de ce proxy inverse (peut être donné plusieurs fois).</translation>
    </message>
    <message>
        <source>--trusted-proxy needs an IP address, not “%1”.</source>
        <translation>--trusted-proxy attend une adresse IP, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>The job list in %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la liste des tâches dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not an address the web server can listen on.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse sur laquelle le serveur web peut écouter.</translation>
    </message>
    <message>
        <source>The imported sign-in cookies cannot be read from the keychain%1; links run without them.</source>
        <translation>Les cookies de connexion importés ne peuvent pas être lus depuis le trousseau%1&#xa0;; les liens sont traités sans eux.</translation>
    </message>
</context>
<context>
    <name>CoverArt</name>
    <message>
        <source>The cover image is damaged or in an unsupported format.</source>
        <translation>L’image de pochette est endommagée ou dans un format non pris en charge.</translation>
    </message>
    <message>
        <source>This FFmpeg build cannot decode the cover image format.</source>
        <translation>Cette version de FFmpeg ne sait pas décoder le format de l’image de pochette.</translation>
    </message>
    <message>
        <source>Out of memory while processing the cover image.</source>
        <translation>Mémoire insuffisante lors du traitement de l’image de pochette.</translation>
    </message>
    <message>
        <source>The cover image could not be converted to JPEG.</source>
        <translation>Impossible de convertir l’image de pochette en JPEG.</translation>
    </message>
    <message>
        <source>The cover image is too large.</source>
        <translation>L’image de pochette est trop grande.</translation>
    </message>
    <message>
        <source>The cover image is empty.</source>
        <translation>L’image de pochette est vide.</translation>
    </message>
    <message>
        <source>The cover image is not a JPEG, PNG or WebP picture.</source>
        <translation>L’image de pochette n’est pas une image JPEG, PNG ou WebP.</translation>
    </message>
</context>
<context>
    <name>EncoderSettings</name>
    <message>
        <source>VBR quality must be between 0 (best) and 9 (smallest), not %1.</source>
        <translation>La qualité VBR doit être comprise entre 0 (la meilleure) et 9 (le plus petit fichier), et non %1.</translation>
    </message>
    <message>
        <source>CBR %1 kbps</source>
        <translation>CBR %1 kbit/s</translation>
    </message>
    <message>
        <source>VBR V%1</source>
        <translation>VBR V%1</translation>
    </message>
    <message>
        <source>%1 kbps is not an MP3 bitrate. Choose one of 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 or 320.</source>
        <translation>%1 kbit/s n’est pas un débit MP3 valide. Choisissez 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 ou 320.</translation>
    </message>
</context>
<context>
    <name>HttpDownloader</name>
    <message>
        <source>Reading the download was cancelled.</source>
        <translation>La lecture du téléchargement a été annulée.</translation>
    </message>
    <message>
        <source>The downloaded data could not be read back.</source>
        <translation>Impossible de relire les données téléchargées.</translation>
    </message>
    <message>
        <source>The file was not found on %1 (HTTP %2).</source>
        <translation>Le fichier est introuvable sur %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused access to the file (HTTP %2). The link may have expired or need a login.</source>
        <translation>%1 a refusé l’accès au fichier (HTTP %2). Le lien a peut-être expiré ou nécessite une connexion.</translation>
    </message>
    <message>
        <source>%1 is limiting downloads right now (HTTP 429). Try again later.</source>
        <translation>%1 limite actuellement les téléchargements (HTTP 429). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 has a server problem (HTTP %2). Try again later.</source>
        <translation>%1 rencontre un problème de serveur (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 a refusé la requête (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation>%1 a envoyé une réponse inattendue (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down.</source>
        <translation>%1 a refusé la connexion. Le serveur est peut-être hors service.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the link and the internet connection.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez le lien et la connexion Internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The disk is full: the download from %1 cannot be saved.</source>
        <translation>Le disque est plein&#xa0;: impossible d’enregistrer le téléchargement depuis %1.</translation>
    </message>
    <message>
        <source>No permission to save the download from %1 as %2.</source>
        <translation>Vous n’avez pas l’autorisation d’enregistrer le téléchargement depuis %1 sous %2.</translation>
    </message>
    <message>
        <source>The download from %1 cannot be saved as %2: %3</source>
        <translation>Impossible d’enregistrer le téléchargement depuis %1 sous %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This is not a web address that can be downloaded: %1</source>
        <translation>Ce n’est pas une adresse web téléchargeable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The link leads to a web page, not to a media file (%1).</source>
        <translation>Le lien mène à une page web, pas à un fichier multimédia (%1).</translation>
    </message>
    <message>
        <source>%1 redirected the download to an address that is not followed (not http/https, or no longer encrypted).</source>
        <translation>%1 a redirigé le téléchargement vers une adresse qui n’est pas suivie (ni http ni https, ou plus chiffrée).</translation>
    </message>
    <message>
        <source>The server keeps redirecting (loop): %1</source>
        <translation>Le serveur redirige sans cesse (boucle)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server keeps redirecting (more than %1 times): %2</source>
        <translation>Le serveur redirige sans cesse (plus de %1 fois)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent a part of the file that does not fit.</source>
        <translation>%1 a envoyé une partie du fichier qui ne correspond pas.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 kept breaking off; gave up after %n retries.</source>
        <translation>
            <numerusform>La connexion à %1 s’interrompait sans cesse&#xa0;; abandon après %n nouvelle tentative.</numerusform>
            <numerusform>La connexion à %1 s’interrompait sans cesse&#xa0;; abandon après %n nouvelles tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation>Le téléchargement depuis %1 a été annulé.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 MB (%2).</source>
        <translation>Le fichier dépasse la limite de %1 Mo (%2).</translation>
    </message>
</context>
<context>
    <name>JobRowText</name>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list could not be read (%1); it was moved to %2 and a new one started.</source>
        <translation>Impossible de lire la liste des tâches (%1)&#xa0;; elle a été déplacée vers %2 et une nouvelle liste a été créée.</translation>
    </message>
    <message>
        <source>The job list was written by a newer TuneDrop.</source>
        <translation>La liste des tâches a été écrite par une version plus récente de TuneDrop.</translation>
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
        <translation>%1 (%2) ne démarre pas</translation>
    </message>
    <message>
        <source>%1 %2 is too old (%3 or newer is needed)</source>
        <translation>%1 %2 est trop ancien (%3 ou plus récent requis)</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Aucun trouvé.</translation>
    </message>
    <message>
        <source>YouTube needs a JavaScript runtime beside yt-dlp: install deno (2.0 or newer) or Node.js (20 or newer), then try again.</source>
        <translation>YouTube nécessite un environnement d’exécution JavaScript en plus de yt-dlp&#xa0;: installez deno (2.0 ou plus récent) ou Node.js (20 ou plus récent), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Keychain error %1: %2</source>
        <translation>Erreur du trousseau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private</source>
        <translation>Impossible de rendre %1 privé</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No keychain service is available: secrets are kept in %1, readable only by you.</source>
        <translation>Aucun service de trousseau n’est disponible&#xa0;: les secrets sont conservés dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a file name template, for example {artist} - {title}.</source>
        <translation>Saisissez un modèle de nom de fichier, par exemple {artist} - {title}.</translation>
    </message>
    <message>
        <source>The file name template cannot contain / or \. Files are always saved in the output folder.</source>
        <translation>Le modèle de nom de fichier ne peut contenir ni / ni \. Les fichiers sont toujours enregistrés dans le dossier de sortie.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1. Use {title}, {artist}, {album}, {date} or {track}.</source>
        <translation>Variable inconnue %1. Utilisez {title}, {artist}, {album}, {date} ou {track}.</translation>
    </message>
    <message>
        <source>The file name template has a { or } without its partner.</source>
        <translation>Le modèle de nom de fichier contient une accolade { ou } sans son pendant.</translation>
    </message>
    <message>
        <source>The file name template needs at least one of {title}, {artist}, {album}, {date} or {track}.</source>
        <translation>Le modèle de nom de fichier doit contenir au moins une des variables {title}, {artist}, {album}, {date} ou {track}.</translation>
    </message>
    <message>
        <source>The port must be between %1 and %2.</source>
        <translation>Le port doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Listening on the network needs an access password.</source>
        <translation>L’écoute sur le réseau nécessite un mot de passe d’accès.</translation>
    </message>
    <message>
        <source>The yt-dlp program %1 does not exist.</source>
        <translation>Le programme yt-dlp %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The yt-dlp program %1 is not an executable file.</source>
        <translation>Le programme yt-dlp %1 n’est pas un fichier exécutable.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Choisissez un dossier de sortie.</translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation>Le dossier de sortie doit être un chemin complet, par exemple %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The output folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de sortie %1.</translation>
    </message>
    <message>
        <source>TuneDrop cannot write to the output folder %1.</source>
        <translation>TuneDrop ne peut pas écrire dans le dossier de sortie %1.</translation>
    </message>
    <message>
        <source>Time limits must be between 0 (off) and %1 minutes.</source>
        <translation>Les limites de temps doivent être comprises entre 0 (désactivé) et %1 minutes.</translation>
    </message>
    <message>
        <source>The soft time limit must be shorter than the hard time limit.</source>
        <translation>La limite de temps souple doit être plus courte que la limite stricte.</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>MP3s are saved to %1</source>
        <translation>Les MP3 sont enregistrés dans %1</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Page web&#xa0;: %1</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>Au prochain démarrage : %1</translation>
    </message>
    <message>
        <source>The command line decides for this run: %1</source>
        <translation>La ligne de commande décide pour cette exécution : %1</translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation>Conversions simultanées</translation>
    </message>
    <message>
        <source>MP3 quality</source>
        <translation>Qualité MP3</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Noms de fichier</translation>
    </message>
    <message>
        <source>Playlist limit</source>
        <translation>Limite de la playlist</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Limites de temps</translation>
    </message>
    <message>
        <source>yt-dlp</source>
        <translation>yt-dlp</translation>
    </message>
    <message>
        <source>Sign-in cookies</source>
        <translation>Cookies de connexion</translation>
    </message>
    <message>
        <source>Deleting finished MP3s</source>
        <translation>Suppression des MP3 terminés</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Transcoder</name>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>The MP3 encoder does not accept %1 at %2 Hz.</source>
        <translation>L’encodeur MP3 n’accepte pas %1 à %2 Hz.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>“%1” is not an audio or video file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier audio ou vidéo.</translation>
    </message>
    <message>
        <source>“%1” has no sound: it contains no audio track.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de son&#xa0;: le fichier ne contient aucune piste audio.</translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1” (codec %2).</source>
        <translation>TuneDrop ne peut pas décoder l’audio de «&#xa0;%1&#xa0;» (codec %2).</translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1”: %2.</source>
        <translation>TuneDrop ne peut pas décoder l’audio de «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>TuneDrop cannot convert the audio format of “%1”: %2.</source>
        <translation>TuneDrop ne peut pas convertir le format audio de «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” contains no audio that can be decoded; it may be damaged or empty.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun audio décodable&#xa0;; le fichier est peut-être endommagé ou vide.</translation>
    </message>
    <message>
        <source>The input is damaged after %1 s (%2); the audio up to there was converted.</source>
        <translation>L’entrée est endommagée après %1 s (%2)&#xa0;; l’audio a été converti jusqu’à ce point.</translation>
    </message>
    <message>
        <source>The input ends early (truncated?): converted %1 s of %2 s.</source>
        <translation>L’entrée se termine prématurément (tronquée&#xa0;?)&#xa0;: %1 s sur %2 s converties.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>«&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <source>Access to “%1” was denied.</source>
        <translation>L’accès à «&#xa0;%1&#xa0;» a été refusé.</translation>
    </message>
    <message>
        <source>“%1” uses a format TuneDrop cannot read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» utilise un format que TuneDrop ne sait pas lire (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a media file TuneDrop can read, or it is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier multimédia lisible par TuneDrop, ou il est endommagé.</translation>
    </message>
    <message>
        <source>Could not download “%1”: %2.</source>
        <translation>Impossible de télécharger «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The disk is full: could not write “%1”. Free some space and retry.</source>
        <translation>Le disque est plein&#xa0;: impossible d’écrire «&#xa0;%1&#xa0;». Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>TuneDrop may not write to “%1”. Choose another output folder.</source>
        <translation>TuneDrop n’a pas l’autorisation d’écrire dans «&#xa0;%1&#xa0;». Choisissez un autre dossier de sortie.</translation>
    </message>
    <message>
        <source>The output folder for “%1” does not exist.</source>
        <translation>Le dossier de sortie de «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” has no MPEG audio frames to copy.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune trame audio MPEG à copier.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not read “%1”: the file ended early.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: le fichier se termine prématurément.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier multimédia.</translation>
    </message>
    <message>
        <source>TuneDrop may not read “%1”.</source>
        <translation>TuneDrop n’a pas l’autorisation de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes).</source>
        <translation>«&#xa0;%1&#xa0;» est vide (0 octet).</translation>
    </message>
    <message>
        <source>The cover picture was left out: %1</source>
        <translation>La pochette a été omise&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or incomplete and cannot be read (%2).</source>
        <translation>Le fichier « %1 » est endommagé ou incomplet et ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>“%1” refers to “%2”, which TuneDrop may not open for it.</source>
        <translation>« %1 » renvoie à « %2 », que TuneDrop n’a pas le droit d’ouvrir pour lui.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 bytes that are not MP3 audio were left out.</source>
        <translation>« %1 » est endommagé : %2 octets qui ne sont pas de l’audio MP3 ont été omis.</translation>
    </message>
    <message>
        <source>“%1” ends in the middle of an MP3 frame (the file is cut short): the incomplete frame was left out.</source>
        <translation>« %1 » se termine au milieu d’une trame MP3 (le fichier est tronqué) : la trame incomplète a été omise.</translation>
    </message>
    <message>
        <source>The header of “%1” claims %2 MP3 frames but the file holds %3: the copy’s header gives the true length.</source>
        <translation>L’en-tête de « %1 » annonce %2 trames MP3 mais le fichier en contient %3 : l’en-tête de la copie indique la vraie durée.</translation>
    </message>
    <message>
        <source>“%1” is too damaged to copy its MP3 frames as they are (streams of different formats spliced together, or more junk than audio): it was re-encoded.</source>
        <translation>« %1 » est trop endommagé pour copier ses trames MP3 telles quelles (flux de formats différents mis bout à bout, ou plus de données parasites que d’audio) : il a été réencodé.</translation>
    </message>
    <message>
        <source>%1 kbps is too low for this source: at its sample rate (%2 kHz) an MP3 needs at least %3 kbps. Choose %3 kbps or more.</source>
        <translation>%1 kbit/s est trop bas pour cette source : à sa fréquence d’échantillonnage (%2 kHz), un MP3 demande au moins %3 kbit/s. Choisissez %3 kbit/s ou plus.</translation>
    </message>
    <message>
        <source>At this source&apos;s sample rate (%1 kHz) an MP3 can have at most %2 kbps, so it was made at %2 kbps instead of %3 kbps.</source>
        <translation>À la fréquence d’échantillonnage de cette source (%1 kHz), un MP3 ne peut dépasser %2 kbit/s ; il a donc été créé à %2 kbit/s au lieu de %3 kbit/s.</translation>
    </message>
</context>
<context>
    <name>UrlClassifier</name>
    <message>
        <source>This YouTube link has no valid video id (the id is missing).</source>
        <translation>Ce lien YouTube ne contient pas d’identifiant de vidéo valide (l’identifiant est absent).</translation>
    </message>
    <message>
        <source>This YouTube link has no valid video id (“%1” is not an 11-character id).</source>
        <translation>Ce lien YouTube ne contient pas d’identifiant de vidéo valide («&#xa0;%1&#xa0;» n’est pas un identifiant de 11 caractères).</translation>
    </message>
    <message>
        <source>This YouTube playlist link has no valid list id.</source>
        <translation>Ce lien de playlist YouTube ne contient pas d’identifiant de playlist valide.</translation>
    </message>
    <message>
        <source>This link has no valid host name.</source>
        <translation>Ce lien n’a pas de nom d’hôte valide.</translation>
    </message>
    <message>
        <source>Paste a link or choose a file.</source>
        <translation>Collez un lien ou choisissez un fichier.</translation>
    </message>
    <message>
        <source>This file link points at another computer (%1).</source>
        <translation>Ce lien de fichier pointe vers un autre ordinateur (%1).</translation>
    </message>
    <message>
        <source>This file link has no path.</source>
        <translation>Ce lien de fichier ne contient pas de chemin.</translation>
    </message>
    <message>
        <source>“%1:” links are not supported. Paste an http(s) link or choose a file.</source>
        <translation>Les liens «&#xa0;%1:&#xa0;» ne sont pas pris en charge. Collez un lien http(s) ou choisissez un fichier.</translation>
    </message>
    <message>
        <source>This is neither a link nor a file path. Paste a link or choose a file.</source>
        <translation>Ce n’est ni un lien ni un chemin de fichier. Collez un lien ou choisissez un fichier.</translation>
    </message>
</context>
<context>
    <name>YtDlp</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>yt-dlp did not answer within %1 s.</source>
        <translation>yt-dlp n’a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>yt-dlp gave an answer TuneDrop cannot read (%1).</source>
        <translation>yt-dlp a renvoyé une réponse que TuneDrop ne sait pas lire (%1).</translation>
    </message>
    <message>
        <source>This video is blocked in your country by the site, so it cannot be downloaded from here.</source>
        <translation>Le site bloque cette vidéo dans votre pays&#xa0;; elle ne peut donc pas être téléchargée d’ici.</translation>
    </message>
    <message>
        <source>This video is unavailable: it may be private or removed.</source>
        <translation>Cette vidéo n’est pas disponible&#xa0;: elle est peut-être privée ou a été supprimée.</translation>
    </message>
    <message>
        <source>The site wants you to sign in (age check, bot check or members-only video). Choose your browser&apos;s sign-in cookies in Settings, then try again.</source>
        <translation>Le site vous demande de vous connecter (vérification de l’âge, contrôle anti-robot ou vidéo réservée aux membres). Choisissez les cookies de connexion de votre navigateur dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>The site refused access. If it needs an account, choose your browser&apos;s sign-in cookies in Settings; otherwise yt-dlp may be outdated: update it.</source>
        <translation>Le site a refusé l’accès. S’il faut un compte, choisissez les cookies de connexion de votre navigateur dans les Paramètres&#xa0;; sinon, yt-dlp est peut-être obsolète&#xa0;: mettez-le à jour.</translation>
    </message>
    <message>
        <source>The site is limiting requests right now: wait a while and try again.</source>
        <translation>Le site limite actuellement les requêtes&#xa0;: patientez un moment, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not reach the site: check your internet connection and try again.</source>
        <translation>Impossible de joindre le site&#xa0;: vérifiez votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>TuneDrop cannot find any audio at this link.</source>
        <translation>TuneDrop ne trouve aucun contenu audio à ce lien.</translation>
    </message>
    <message>
        <source>yt-dlp could not read this site; yt-dlp may be outdated: update it (`yt-dlp -U` or your package manager) and try again.</source>
        <translation>yt-dlp n’a pas pu lire ce site&#xa0;; yt-dlp est peut-être obsolète&#xa0;: mettez-le à jour (`yt-dlp -U` ou votre gestionnaire de paquets), puis réessayez.</translation>
    </message>
    <message>
        <source>yt-dlp finished but TuneDrop cannot find the downloaded file (%1).</source>
        <translation>yt-dlp a terminé, mais TuneDrop ne trouve pas le fichier téléchargé (%1).</translation>
    </message>
    <message>
        <source>yt-dlp could not process this link (exit code %1).</source>
        <translation>yt-dlp n’a pas pu traiter ce lien (code de sortie %1).</translation>
    </message>
    <message>
        <source>%1 (yt-dlp: %2)</source>
        <translation>%1 (yt-dlp&#xa0;: %2)</translation>
    </message>
    <message>
        <source>yt-dlp is not installed. Use Update yt-dlp in Settings (or run `tunedrop --update-yt-dlp`), install it with your package manager, or set its path in Settings.</source>
        <translation>yt-dlp n’est pas installé. Utilisez «&#xa0;Mettre à jour yt-dlp&#xa0;» dans les Paramètres (ou exécutez `tunedrop --update-yt-dlp`), installez-le avec votre gestionnaire de paquets ou indiquez son chemin dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>YtDlpUpdater</name>
    <message>
        <source>Could not download the list of checksums: %1</source>
        <translation>Impossible de télécharger la liste des sommes de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The release does not list a checksum for %1.</source>
        <translation>La version ne fournit pas de somme de contrôle pour %1.</translation>
    </message>
    <message>
        <source>Could not download yt-dlp: %1</source>
        <translation>Impossible de télécharger yt-dlp&#xa0;: %1</translation>
    </message>
    <message>
        <source>The downloaded yt-dlp does not match its published checksum; it was not installed.</source>
        <translation>Le yt-dlp téléchargé ne correspond pas à sa somme de contrôle publiée&#xa0;; il n’a pas été installé.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The downloaded yt-dlp does not run; the installed copy was kept.</source>
        <translation>Le yt-dlp téléchargé ne démarre pas&#xa0;; la copie installée a été conservée.</translation>
    </message>
    <message>
        <source>Could not install the new yt-dlp.</source>
        <translation>Impossible d’installer le nouveau yt-dlp.</translation>
    </message>
    <message>
        <source>yt-dlp %1 is installed.</source>
        <translation>yt-dlp %1 est installé.</translation>
    </message>
    <message>
        <source>There is no previous yt-dlp to go back to.</source>
        <translation>Il n’y a pas de yt-dlp précédent auquel revenir.</translation>
    </message>
    <message>
        <source>Back to yt-dlp %1.</source>
        <translation>Retour à yt-dlp %1.</translation>
    </message>
    <message>
        <source>Could not go back to the previous yt-dlp.</source>
        <translation>Impossible de revenir au yt-dlp précédent.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: --once needs --headless.</source>
        <translation>erreur&#xa0;: --once nécessite --headless.</translation>
    </message>
    <message>
        <source>error: TuneDrop is already running with this profile (%1). Add the links there, or use --profile.</source>
        <translation>erreur&#xa0;: TuneDrop est déjà en cours d’exécution avec ce profil (%1). Ajoutez-y les liens ou utilisez --profile.</translation>
    </message>
    <message>
        <source>error: another TuneDrop holds this profile but does not answer.</source>
        <translation>erreur&#xa0;: une autre instance de TuneDrop utilise ce profil mais ne répond pas.</translation>
    </message>
    <message>
        <source>web: %1</source>
        <translation>web&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: the password must not be empty.</source>
        <translation>erreur&#xa0;: le mot de passe ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The web access password is set (only a salted hash is stored).</source>
        <translation>Le mot de passe d’accès web est défini (seule une empreinte salée est enregistrée).</translation>
    </message>
    <message>
        <source>warning: %1 Run tunedrop --update-yt-dlp.</source>
        <translation>avertissement&#xa0;: %1 Exécutez tunedrop --update-yt-dlp.</translation>
    </message>
    <message>
        <source>JavaScript runtime: %1</source>
        <translation>Environnement d’exécution JavaScript&#xa0;: %1</translation>
    </message>
    <message>
        <source>The imported sign-in cookies are removed.</source>
        <translation>Les cookies de connexion importés ont été supprimés.</translation>
    </message>
</context>
<context>
    <name>tunedrop::AboutDialog</name>
    <message>
        <source>The Qt Company and contributors (qt.io); your system&apos;s Qt libraries.</source>
        <translation>The Qt Company et contributeurs (qt.io)&#xa0;; les bibliothèques Qt de votre système.</translation>
    </message>
    <message>
        <source>The FFmpeg developers (ffmpeg.org); your system&apos;s libavformat, libavcodec and libswresample.</source>
        <translation>Les développeurs de FFmpeg (ffmpeg.org)&#xa0;; libavformat, libavcodec et libswresample de votre système.</translation>
    </message>
    <message>
        <source>The LAME project (lame.sourceforge.io); your system&apos;s libmp3lame.</source>
        <translation>Le projet LAME (lame.sourceforge.io)&#xa0;; libmp3lame de votre système.</translation>
    </message>
    <message>
        <source>The TagLib authors (taglib.org); your system&apos;s libtag.</source>
        <translation>Les auteurs de TagLib (taglib.org)&#xa0;; libtag de votre système.</translation>
    </message>
    <message>
        <source>Frank Osterfeld and contributors; your system&apos;s libqt6keychain.</source>
        <translation>Frank Osterfeld et contributeurs&#xa0;; libqt6keychain de votre système.</translation>
    </message>
    <message>
        <source>This program.</source>
        <translation>Ce programme.</translation>
    </message>
    <message>
        <source>see Settings ▸ Tools</source>
        <translation>voir Paramètres ▸ Outils</translation>
    </message>
    <message>
        <source>Run as a separate program, not linked: the copy TuneDrop keeps up to date from github.com/yt-dlp/yt-dlp/releases, or your system&apos;s.</source>
        <translation>Exécuté comme programme séparé, non lié&#xa0;: la copie que TuneDrop tient à jour depuis github.com/yt-dlp/yt-dlp/releases, ou celle de votre système.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>About TuneDrop</source>
        <translation>À propos de TuneDrop</translation>
    </message>
    <message>
        <source>Paste or drop a video link, a media URL or a file: TuneDrop downloads it and saves its sound as a tagged MP3.</source>
        <translation>Collez ou déposez un lien vidéo, une URL de média ou un fichier&#xa0;: TuneDrop le télécharge et enregistre son son en MP3 étiqueté.</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Composants et licences</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tunedrop::CookieFileLease</name>
    <message>
        <source>Cannot create the private folder for sign-in cookies (%1).</source>
        <translation>Impossible de créer le dossier privé des cookies de connexion (%1).</translation>
    </message>
    <message>
        <source>Cannot write the sign-in cookies for yt-dlp: %1.</source>
        <translation>Impossible d’écrire les cookies de connexion pour yt-dlp&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in cookies for yt-dlp (is the disk full?).</source>
        <translation>Impossible d’écrire les cookies de connexion pour yt-dlp (le disque est-il plein&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>tunedrop::CookieVault</name>
    <message>
        <source>%1 is too large to be a cookies.txt file.</source>
        <translation>%1 est trop volumineux pour être un fichier cookies.txt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cookies could not be stored safely: %1</source>
        <translation>Impossible d’enregistrer les cookies en toute sécurité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported. They are kept in the system keychain; you can delete the cookies.txt file now.</source>
        <translation>
            <numerusform>%n cookie importé. Il est conservé dans le trousseau du système&#xa0;; vous pouvez maintenant supprimer le fichier cookies.txt.</numerusform>
            <numerusform>%n cookies importés. Ils sont conservés dans le trousseau du système&#xa0;; vous pouvez maintenant supprimer le fichier cookies.txt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported.</source>
        <translation>
            <numerusform>%n cookie importé.</numerusform>
            <numerusform>%n cookies importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::DuplicateNotice</name>
    <message>
        <source>&amp;Open It</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the MP3 made earlier</source>
        <translation>Ouvrir le MP3 créé auparavant</translation>
    </message>
    <message>
        <source>Convert A&amp;gain</source>
        <translation>Con&amp;vertir à nouveau</translation>
    </message>
    <message>
        <source>Convert it again into a new MP3</source>
        <translation>Le convertir à nouveau en un nouveau MP3</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <source>Already converted</source>
        <translation>Déjà converti</translation>
    </message>
    <message>
        <source>“%1” is already converted. Open it, or convert it again?</source>
        <translation>« %1 » est déjà converti. L’ouvrir ou le convertir à nouveau ?</translation>
    </message>
</context>
<context>
    <name>tunedrop::FolderOpener</name>
    <message>
        <source>The folder %1 does not exist any more.</source>
        <translation>Le dossier %1 n’existe plus.</translation>
    </message>
    <message>
        <source>No file manager could open %1. Open that folder yourself, or install a file manager.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir %1. Ouvrez ce dossier vous-même ou installez un gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobActions</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Play the selected MP3 in the player below</source>
        <translation>Lire le MP3 sélectionné dans le lecteur ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the MP3 with the default application</source>
        <translation>Ouvrir le MP3 avec l’application par défaut</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder that holds the MP3</source>
        <translation>Ouvrir le dossier qui contient le MP3</translation>
    </message>
    <message>
        <source>Copy &amp;LAN Download Link</source>
        <translation>&amp;Copier le lien de téléchargement (réseau local)</translation>
    </message>
    <message>
        <source>Copy a link other devices on the network can download the MP3 from</source>
        <translation>Copier un lien permettant aux autres appareils du réseau de télécharger le MP3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try the failed or cancelled jobs again</source>
        <translation>Relancer les tâches en échec ou annulées</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the selected jobs</source>
        <translation>Arrêter les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Remove the selected jobs from the list, optionally with their files</source>
        <translation>Retirer les tâches sélectionnées de la liste, et éventuellement leurs fichiers</translation>
    </message>
    <message>
        <source>Clear Fi&amp;nished</source>
        <translation>&amp;Effacer les terminées</translation>
    </message>
    <message>
        <source>Remove every finished job from the list (files stay)</source>
        <translation>Retirer de la liste toutes les tâches terminées (les fichiers sont conservés)</translation>
    </message>
    <message>
        <source>P&amp;ause Queue</source>
        <translation>Mettre la file en &amp;pause</translation>
    </message>
    <message>
        <source>Turn on the web server in Settings to share links on the network</source>
        <translation>Activez le serveur web dans les Paramètres pour partager des liens sur le réseau</translation>
    </message>
    <message>
        <source>Remove Jobs</source>
        <translation>Retirer des tâches</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation>
            <numerusform>Retirer %n tâche de la liste&#xa0;?</numerusform>
            <numerusform>Retirer %n tâches de la liste&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete the MP3 files</source>
        <translation>Supprimer aussi les fichiers MP3</translation>
    </message>
    <message>
        <source>&amp;Keep Forever</source>
        <translation>&amp;Garder pour toujours</translation>
    </message>
    <message>
        <source>Never delete this MP3 when its retention time is over</source>
        <translation>Ne jamais supprimer ce MP3 à la fin de sa durée de conservation</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>Enregistrer une cop&amp;ie…</translation>
    </message>
    <message>
        <source>Copy the MP3 to a folder of your choice</source>
        <translation>Copier le MP3 dans le dossier de votre choix</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>Audio MP3 (*.mp3)</translation>
    </message>
    <message>
        <source>Could not copy the MP3 to %1.</source>
        <translation>Impossible de copier le MP3 vers %1.</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message numerus="yes">
        <source>%n of the finished jobs are marked Keep Forever.</source>
        <translation>
            <numerusform>%n des tâches terminées est marquée «&#xa0;Garder pour toujours&#xa0;».</numerusform>
            <numerusform>%n des tâches terminées sont marquées «&#xa0;Garder pour toujours&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear them from the list too? Their MP3s stay in the folder either way.</source>
        <translation>Les effacer aussi de la liste&#xa0;? Leurs MP3 restent dans le dossier dans tous les cas.</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>Tout &amp;effacer</translation>
    </message>
    <message>
        <source>Clear the &amp;Others</source>
        <translation>Effacer les &amp;autres</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobDetailsPane</name>
    <message>
        <source>Link or file: %1</source>
        <translation>Lien ou fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (tentative %1)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobItemDelegate</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>tentative %1 sur %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>Retrying in %1 (%2)</source>
        <translation>Nouvel essai dans %1 (%2)</translation>
    </message>
    <message>
        <source>Retrying as soon as a worker is free (%1)</source>
        <translation>Nouvel essai dès qu’une conversion se libère (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListView</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Every link and file you added, with its progress</source>
        <translation>Tous les liens et fichiers ajoutés, avec leur progression</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobQueue</name>
    <message>
        <source>Local files can only be added on this computer, not from the web.</source>
        <translation>Les fichiers locaux ne peuvent être ajoutés que sur cet ordinateur, pas depuis le web.</translation>
    </message>
    <message numerus="yes">
        <source>This is taking longer than %n minute(s).</source>
        <translation>
            <numerusform>Cela prend plus de %n minute.</numerusform>
            <numerusform>Cela prend plus de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s): the time limit for one job.</source>
        <translation>
            <numerusform>Arrêtée après %n minute&#xa0;: c’est la limite de temps par tâche.</numerusform>
            <numerusform>Arrêtée après %n minutes&#xa0;: c’est la limite de temps par tâche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Some YouTube formats may be missing. %1</source>
        <translation>Certains formats YouTube peuvent manquer. %1</translation>
    </message>
    <message>
        <source>Links to this computer are not allowed from the web (%1).</source>
        <translation>Les liens vers cet ordinateur ne sont pas autorisés depuis le web (%1).</translation>
    </message>
    <message>
        <source>the address of %1 could not be checked: %2</source>
        <translation>l’adresse de %1 n’a pas pu être vérifiée : %2</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>%1 leads to %2</source>
        <translation>%1 mène à %2</translation>
    </message>
    <message>
        <source>TuneDrop could not start its connection guard (%1).</source>
        <translation>TuneDrop n’a pas pu démarrer son garde de connexions (%1).</translation>
    </message>
</context>
<context>
    <name>tunedrop::LinkBarMark</name>
    <message>
        <source>This is not a link TuneDrop can download.</source>
        <translation>Ce n’est pas un lien que TuneDrop peut télécharger.</translation>
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
        <translation>Collez un lien YouTube, n’importe quel lien vidéo ou audio, ou un chemin de fichier</translation>
    </message>
    <message>
        <source>Link to add</source>
        <translation>Lien à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation>Ajouter le lien</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Choose media files to convert</source>
        <translation>Choisir des fichiers multimédias à convertir</translation>
    </message>
    <message>
        <source>Paste or drop a link here

YouTube, any site yt-dlp knows, a direct media link or a local file</source>
        <translation>Collez ou déposez un lien ici

YouTube, tout site pris en charge par yt-dlp, un lien direct vers un média ou un fichier local</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Sélectionnez une tâche pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation>&amp;Coller les liens</translation>
    </message>
    <message>
        <source>Add every link on the clipboard</source>
        <translation>Ajouter tous les liens du presse-papiers</translation>
    </message>
    <message>
        <source>Go to the Link Bar</source>
        <translation>Aller à la barre de liens</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>The clipboard holds no link or media file.</source>
        <translation>Le presse-papiers ne contient aucun lien ni fichier multimédia.</translation>
    </message>
    <message>
        <source>Choose Media Files</source>
        <translation>Choisir des fichiers multimédias</translation>
    </message>
    <message>
        <source>Media files (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;All files (*)</source>
        <translation>Fichiers multimédias (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n item(s)</source>
        <translation>
            <numerusform>Déposez pour ajouter %n élément</numerusform>
            <numerusform>Déposez pour ajouter %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be added: drop a link or a media file</source>
        <translation>Impossible d’ajouter ceci&#xa0;: déposez un lien ou un fichier multimédia</translation>
    </message>
    <message>
        <source>Nothing to add: the dropped item is not a link or a media file.</source>
        <translation>Rien à ajouter&#xa0;: l’élément déposé n’est ni un lien ni un fichier multimédia.</translation>
    </message>
    <message>
        <source>%1 queued · %2 running · %3 done · %4 failed</source>
        <translation>En attente&#xa0;: %1 · En cours&#xa0;: %2 · Terminées&#xa0;: %3 · Échecs&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 % — TuneDrop</source>
        <translation>%1&#xa0;% — TuneDrop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About TuneDrop</source>
        <translation>À &amp;propos de TuneDrop</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Déjà dans la liste.</translation>
    </message>
    <message>
        <source>Converting again.</source>
        <translation>Nouvelle conversion en cours.</translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation>Ouvrir des fic&amp;hiers…</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>Annulées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s).</source>
        <translation>
            <numerusform>%n élément ajouté.</numerusform>
            <numerusform>%n éléments ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the list: “%1”.</source>
        <translation>Déjà dans la liste : « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already in the list.</source>
        <translation>
            <numerusform>%n élément déjà dans la liste.</numerusform>
            <numerusform>%n éléments déjà dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already converted.</source>
        <translation>Déjà converti.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: not links TuneDrop can download (“%1”).</source>
        <translation>
            <numerusform>%n ligne ignorée&#xa0;: ce n’est pas un lien que TuneDrop peut télécharger («&#xa0;%1&#xa0;»).</numerusform>
            <numerusform>%n lignes ignorées&#xa0;: ce ne sont pas des liens que TuneDrop peut télécharger («&#xa0;%1&#xa0;»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::OnceRunner</name>
    <message>
        <source>error: %1: %2</source>
        <translation>erreur&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>error: %1: the job was removed.</source>
        <translation>erreur&#xa0;: %1&#xa0;: la tâche a été retirée.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file has expired and was deleted.</source>
        <translation>le fichier a expiré et a été supprimé.</translation>
    </message>
    <message>
        <source>error: %1: interrupted; it stays queued and finishes the next time TuneDrop runs with this profile.</source>
        <translation>erreur&#xa0;: %1&#xa0;: interrompu&#xa0;; l’élément reste dans la file d’attente et sera terminé au prochain lancement de TuneDrop avec ce profil.</translation>
    </message>
</context>
<context>
    <name>tunedrop::PlayerBar</name>
    <message>
        <source>No audio output device found.</source>
        <translation>Aucun périphérique de sortie audio trouvé.</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Plays a finished MP3 (Space toggles play and pause)</source>
        <translation>Lit un MP3 terminé (Espace bascule entre lecture et pause)</translation>
    </message>
    <message>
        <source>Cover art</source>
        <translation>Pochette</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Position de lecture</translation>
    </message>
    <message>
        <source>Playback position: drag to seek</source>
        <translation>Position de lecture&#xa0;: faites glisser pour vous déplacer</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Temps écoulé et durée totale</translation>
    </message>
    <message>
        <source>Elapsed time / total time</source>
        <translation>Temps écoulé / durée totale</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>Erreur de lecture</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lire (Espace)</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation>Volume&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>This file cannot be played: a GStreamer plugin may be missing (install gstreamer1.0-plugins-good).</source>
        <translation>Impossible de lire ce fichier&#xa0;: il manque peut-être un greffon GStreamer (installez gstreamer1.0-plugins-good).</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Impossible d’ouvrir le fichier.</translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation>Échec de la lecture.</translation>
    </message>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Détails&#xa0;: %2</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Aucune piste</translation>
    </message>
    <message>
        <source>No track loaded</source>
        <translation>Aucune piste chargée</translation>
    </message>
    <message>
        <source>No cover art</source>
        <translation>Pas de pochette</translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation>Lecture en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
</context>
<context>
    <name>tunedrop::QueuePauseAction</name>
    <message>
        <source>Resume &amp;Queue</source>
        <translation>Reprendre la &amp;file</translation>
    </message>
    <message>
        <source>P&amp;ause Queue</source>
        <translation>Mettre la file en &amp;pause</translation>
    </message>
    <message>
        <source>Go on with the paused jobs from where they stopped, and start queued ones</source>
        <translation>Reprendre les tâches en pause là où elles se sont arrêtées et lancer celles en attente</translation>
    </message>
    <message>
        <source>Stop running jobs where they are and start no new ones until resumed</source>
        <translation>Arrêter les tâches en cours là où elles en sont et n’en lancer aucune nouvelle avant la reprise</translation>
    </message>
</context>
<context>
    <name>tunedrop::QueuePausedLabel</name>
    <message>
        <source>Queue paused</source>
        <translation>File en pause</translation>
    </message>
    <message>
        <source>Running jobs stand still where they are and no new ones start. Resume Queue (Ctrl+P) goes on.</source>
        <translation>Les tâches en cours restent là où elles en sont et aucune nouvelle ne démarre. «&#xa0;Reprendre la file&#xa0;» (Ctrl+P) continue.</translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionLabel</name>
    <message numerus="yes">
        <source>MP3s are deleted %n h after conversion</source>
        <translation>
            <numerusform>Les MP3 sont supprimés après %n h</numerusform>
            <numerusform>Les MP3 sont supprimés après %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>MP3s are kept</source>
        <translation>Les MP3 sont conservés</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (ligne de commande)</translation>
    </message>
    <message>
        <source>Set for this run by --retention-hours</source>
        <translation>Fixé pour cette exécution par --retention-hours</translation>
    </message>
    <message>
        <source>Change this in Settings ▸ Queue; Keep Forever keeps a single MP3</source>
        <translation>Modifiable dans Paramètres ▸ File d’attente&#xa0;; «&#xa0;Garder pour toujours&#xa0;» conserve un seul MP3</translation>
    </message>
    <message numerus="yes">
        <source>Finished MP3s are deleted %n hour(s) after conversion, unless you keep them.</source>
        <translation>
            <numerusform>Les MP3 terminés sont supprimés %n heure après la conversion, sauf si vous les gardez.</numerusform>
            <numerusform>Les MP3 terminés sont supprimés %n heures après la conversion, sauf si vous les gardez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished MP3s are kept until you delete them.</source>
        <translation>Les MP3 terminés sont conservés jusqu’à ce que vous les supprimiez.</translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionNotice</name>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Remember this choice (Settings ▸ Queue changes it later)</source>
        <translation>Retenir ce choix (modifiable ensuite dans Paramètres ▸ File d’attente)</translation>
    </message>
    <message>
        <source>What happens to finished MP3s</source>
        <translation>Ce que deviennent les MP3 terminés</translation>
    </message>
    <message numerus="yes">
        <source>TuneDrop deletes the MP3s it makes %n hour(s) after conversion, so that the folder does not fill up. Keep Forever or Save a Copy keeps a single one. What should happen to your MP3s?</source>
        <translation>
            <numerusform>TuneDrop supprime les MP3 qu’il crée %n heure après la conversion, pour que le dossier ne se remplisse pas. «&#xa0;Garder pour toujours&#xa0;» ou «&#xa0;Enregistrer une copie&#xa0;» en conserve un seul. Que faire de vos MP3&#xa0;?</numerusform>
            <numerusform>TuneDrop supprime les MP3 qu’il crée %n heures après la conversion, pour que le dossier ne se remplisse pas. «&#xa0;Garder pour toujours&#xa0;» ou «&#xa0;Enregistrer une copie&#xa0;» en conserve un seul. Que faire de vos MP3&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete MP3s %n hour(s) after conversion</source>
        <translation>
            <numerusform>Supprimer les MP3 %n heure après la conversion</numerusform>
            <numerusform>Supprimer les MP3 %n heures après la conversion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionPurger</name>
    <message>
        <source>already gone</source>
        <translation>déjà disparu</translation>
    </message>
    <message>
        <source>kept: not a regular file (a link, a folder or a device)</source>
        <translation>conservé&#xa0;: pas un fichier ordinaire (un lien, un dossier ou un périphérique)</translation>
    </message>
    <message>
        <source>kept: no longer inside the library folder %1</source>
        <translation>conservé&#xa0;: n’est plus dans le dossier de la bibliothèque %1</translation>
    </message>
    <message>
        <source>kept: changed or replaced since TuneDrop wrote it</source>
        <translation>conservé&#xa0;: modifié ou remplacé depuis que TuneDrop l’a écrit</translation>
    </message>
    <message numerus="yes">
        <source>older than %n hour(s)</source>
        <translation>
            <numerusform>plus de %n heure</numerusform>
            <numerusform>plus de %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete (%1); trying again next round</source>
        <translation>suppression impossible (%1)&#xa0;; nouvel essai au prochain passage</translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>Catégories de paramètres</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;File d’attente</translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation>Serveur &amp;web</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problème dans les paramètres</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>The settings could not be saved. Check that the settings folder is writable.</source>
        <translation>Impossible d’enregistrer les paramètres. Vérifiez que le dossier des paramètres est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog::Private</name>
    <message>
        <source>Only the address %1</source>
        <translation>Uniquement l’adresse %1</translation>
    </message>
    <message>
        <source>about %1 kbps (0 = best, 9 = smallest)</source>
        <translation>environ %1 kbit/s (0 = meilleure qualité, 9 = plus petit fichier)</translation>
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
        <translation>Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source> hour</source>
        <translation> heure</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>The new password replaces the current one when you apply.</source>
        <translation>Le nouveau mot de passe remplacera l’actuel lorsque vous appliquerez les modifications.</translation>
    </message>
    <message>
        <source>The password is set when you apply.</source>
        <translation>Le mot de passe sera défini lorsque vous appliquerez les modifications.</translation>
    </message>
    <message>
        <source>A password is set. Type a new one to replace it.</source>
        <translation>Un mot de passe est défini. Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>The password is removed when you apply.</source>
        <translation>Le mot de passe sera supprimé lorsque vous appliquerez les modifications.</translation>
    </message>
    <message>
        <source>No password is set. One is needed to listen on the local network.</source>
        <translation>Aucun mot de passe n’est défini. Il en faut un pour écouter sur le réseau local.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>&amp;Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation>Parcourir pour choisir le dossier de sortie</translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation>Choisir le dossier de sortie</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation>Débit constant (CBR)</translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation>Débit variable (VBR)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Bit&amp;rate:</source>
        <translation>Dé&amp;bit&#xa0;:</translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation>Qualité VBR</translation>
    </message>
    <message>
        <source>0 is the best quality and the largest file, 9 the smallest file.</source>
        <translation>0 correspond à la meilleure qualité et au plus gros fichier, 9 au plus petit fichier.</translation>
    </message>
    <message>
        <source>&amp;VBR quality:</source>
        <translation>&amp;Qualité VBR&#xa0;:</translation>
    </message>
    <message>
        <source>ID3 tag version</source>
        <translation>Version des balises ID3</translation>
    </message>
    <message>
        <source>ID3v2.4</source>
        <translation>ID3v2.4</translation>
    </message>
    <message>
        <source>ID3v2.3 (for older players)</source>
        <translation>ID3v2.3 (pour les anciens lecteurs)</translation>
    </message>
    <message>
        <source>I&amp;D3 tags:</source>
        <translation>Ba&amp;lises ID3&#xa0;:</translation>
    </message>
    <message>
        <source>Copy MP3 &amp;sources without re-encoding when possible</source>
        <translation>Copier les sources MP3 sans &amp;réencodage si possible</translation>
    </message>
    <message>
        <source>Copy MP3 sources without re-encoding when possible</source>
        <translation>Copier les sources MP3 sans réencodage si possible</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <source>Placeholders: {title} {artist} {album} {date} {track}</source>
        <translation>Variables&#xa0;: {title} {artist} {album} {date} {track}</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation>Aperçu du nom de fichier</translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation>Conversions simultanées</translation>
    </message>
    <message>
        <source>&amp;Simultaneous conversions:</source>
        <translation>Conversions simul&amp;tanées&#xa0;:</translation>
    </message>
    <message>
        <source>Delete MP3s after hours</source>
        <translation>Supprimer les MP3 après (heures)</translation>
    </message>
    <message>
        <source>&amp;Keep forever</source>
        <translation>&amp;Conserver indéfiniment</translation>
    </message>
    <message>
        <source>Keep MP3s forever</source>
        <translation>Conserver les MP3 indéfiniment</translation>
    </message>
    <message>
        <source>&amp;Delete MP3s after:</source>
        <translation>Supprimer les MP3 &amp;après&#xa0;:</translation>
    </message>
    <message>
        <source>Most tracks taken from a playlist</source>
        <translation>Nombre maximal de pistes prises dans une playlist</translation>
    </message>
    <message>
        <source>Most tracks per &amp;playlist:</source>
        <translation>Nombre max. de pistes par &amp;playlist&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Soft time limit in minutes</source>
        <translation>Limite de temps souple en minutes</translation>
    </message>
    <message>
        <source>Soft time &amp;limit:</source>
        <translation>Limite de temps so&amp;uple&#xa0;:</translation>
    </message>
    <message>
        <source>Hard time limit in minutes</source>
        <translation>Limite de temps stricte en minutes</translation>
    </message>
    <message>
        <source>&amp;Hard time limit:</source>
        <translation>Limite de temps st&amp;ricte&#xa0;:</translation>
    </message>
    <message>
        <source>A conversion running longer than the soft limit is marked as slow; at the hard limit it is stopped and tried again.</source>
        <translation>Une conversion qui dépasse la limite souple est signalée comme lente&#xa0;; à la limite stricte, elle est arrêtée puis relancée.</translation>
    </message>
    <message>
        <source>&amp;Enable the web server</source>
        <translation>&amp;Activer le serveur web</translation>
    </message>
    <message>
        <source>Enable the web server</source>
        <translation>Activer le serveur web</translation>
    </message>
    <message>
        <source>Convert links from a browser on this computer or, with a password, from other devices on your network.</source>
        <translation>Convertissez des liens depuis un navigateur sur cet ordinateur ou, avec un mot de passe, depuis d’autres appareils de votre réseau.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur uniquement (127.0.0.1)</translation>
    </message>
    <message>
        <source>Local network (all addresses)</source>
        <translation>Réseau local (toutes les adresses)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Écou&amp;ter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Mot de passe d’accès</translation>
    </message>
    <message>
        <source>Re&amp;move password</source>
        <translation>Supp&amp;rimer le mot de passe</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Supprimer le mot de passe</translation>
    </message>
    <message>
        <source>Access &amp;password:</source>
        <translation>Mot de passe d’a&amp;ccès&#xa0;:</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>État du mot de passe</translation>
    </message>
    <message>
        <source>yt-dlp program</source>
        <translation>Programme yt-dlp</translation>
    </message>
    <message>
        <source>yt-dlp from the system PATH</source>
        <translation>yt-dlp du PATH système</translation>
    </message>
    <message>
        <source>&amp;yt-dlp program:</source>
        <translation>Programme &amp;yt-dlp&#xa0;:</translation>
    </message>
    <message>
        <source>Browse for the yt-dlp program</source>
        <translation>Parcourir pour choisir le programme yt-dlp</translation>
    </message>
    <message>
        <source>Choose the yt-dlp Program</source>
        <translation>Choisir le programme yt-dlp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used the next time TuneDrop starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de TuneDrop.</translation>
    </message>
    <message>
        <source>&amp;Notify me when conversions finish</source>
        <translation>M’a&amp;vertir à la fin des conversions</translation>
    </message>
    <message>
        <source>Notify me when conversions finish</source>
        <translation>M’avertir à la fin des conversions</translation>
    </message>
    <message>
        <source>Keep running in the &amp;system tray when the window is closed</source>
        <translation>Continuer dans la &amp;zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Continuer dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>yt-dlp fetches audio from video and streaming sites. Leave this empty to use the copy TuneDrop keeps up to date, else the one on the system PATH.</source>
        <translation>yt-dlp récupère l’audio des sites de vidéo et de streaming. Laissez ce champ vide pour utiliser la copie que TuneDrop tient à jour ou, à défaut, celui du PATH système.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>Jeu de coule&amp;urs :</translation>
    </message>
    <message>
        <source>Web page address</source>
        <translation>Adresse de la page web</translation>
    </message>
    <message>
        <source>Open from a phone:</source>
        <translation>Ouvrir depuis un téléphone&#xa0;:</translation>
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
        <translation>&amp;Afficher TuneDrop</translation>
    </message>
    <message>
        <source>MP3 ready</source>
        <translation>MP3 prêt</translation>
    </message>
    <message>
        <source>Could not convert</source>
        <translation>Échec de la conversion</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebAddressPanel</name>
    <message>
        <source>&amp;Copy address</source>
        <translation>Copier l’a&amp;dresse</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
    <message>
        <source>Web page addresses</source>
        <translation>Adresses de la page web</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Show a QR code of %1 to open the web page from a phone</source>
        <translation>Afficher un code QR de %1 pour ouvrir la page web depuis un téléphone</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Page web&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web page address</source>
        <translation>Adresse de la page web</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebPage</name>
    <message>
        <source>Links to convert to MP3</source>
        <translation>Liens à convertir en MP3</translation>
    </message>
    <message>
        <source>Paste one or more links, one per line</source>
        <translation>Collez un ou plusieurs liens, un par ligne</translation>
    </message>
    <message>
        <source>Download as MP3</source>
        <translation>Télécharger en MP3</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>TuneDrop did not answer. Check the connection and try again.</source>
        <translation>TuneDrop ne répond pas. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>En attente dans la file</translation>
    </message>
    <message>
        <source>Trying again in %1 (attempt %2 of %3)</source>
        <translation>Nouvel essai dans %1 (essai %2 sur %3)</translation>
    </message>
    <message>
        <source>Looking up the link…</source>
        <translation>Vérification du lien…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Conversion…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired: the MP3 has been deleted</source>
        <translation>Expiré : le MP3 a été supprimé</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 ko/s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>encore environ %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>encore environ %1 min</translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>encore environ %1 h</translation>
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
            <numerusform>%n lien ajouté.</numerusform>
            <numerusform>%n liens ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) already in the list.</source>
        <translation>
            <numerusform>%n lien déjà dans la liste.</numerusform>
            <numerusform>%n liens déjà dans la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) already converted: the MP3 is in the list.</source>
        <translation>
            <numerusform>%n lien déjà converti : le MP3 est dans la liste.</numerusform>
            <numerusform>%n liens déjà convertis : les MP3 sont dans la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be added:</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être ajoutée :</numerusform>
            <numerusform>%n lignes n’ont pas pu être ajoutées :</numerusform>
        </translation>
    </message>
    <message>
        <source>the file or video was not found</source>
        <translation>le fichier ou la vidéo est introuvable</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>l’accès a été refusé</translation>
    </message>
    <message>
        <source>there is no sound in it</source>
        <translation>il ne contient aucun son</translation>
    </message>
    <message>
        <source>this kind of file cannot be converted</source>
        <translation>ce type de fichier ne peut pas être converti</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the disk of the computer running TuneDrop is full</source>
        <translation>le disque de l’ordinateur qui exécute TuneDrop est plein</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <source>it took too long</source>
        <translation>cela a pris trop de temps</translation>
    </message>
    <message>
        <source>something went wrong inside TuneDrop</source>
        <translation>un problème est survenu dans TuneDrop</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebServer</name>
    <message>
        <source>Back to TuneDrop</source>
        <translation>Retour à TuneDrop</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port in Settings or with --web-port, or stop the other program.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme. Choisissez un autre port dans les Paramètres ou avec --web-port, ou arrêtez l’autre programme.</translation>
    </message>
    <message>
        <source>Only web links (http or https) can be sent from a browser.</source>
        <translation>Seuls des liens web (http ou https) peuvent être envoyés depuis un navigateur.</translation>
    </message>
    <message>
        <source>Links to this computer&apos;s own services are not accepted from the web.</source>
        <translation>Les liens vers les services de cet ordinateur ne sont pas acceptés depuis le web.</translation>
    </message>
    <message>
        <source>TuneDrop is shutting down. Send the link again once it runs.</source>
        <translation>TuneDrop est en cours de fermeture. Renvoyez le lien une fois qu’il fonctionne à nouveau.</translation>
    </message>
    <message>
        <source>Invalid link</source>
        <translation>Lien non valide</translation>
    </message>
    <message>
        <source>This download link is not valid, or its file has expired.</source>
        <translation>Ce lien de téléchargement n’est pas valide, ou son fichier a expiré.</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Pas encore prêt</translation>
    </message>
    <message>
        <source>The MP3 is still being prepared. Try again in a moment.</source>
        <translation>Le MP3 est encore en préparation. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Unknown host.</source>
        <translation>Hôte inconnu.</translation>
    </message>
    <message>
        <source>Cross-site requests are refused.</source>
        <translation>Les requêtes intersites sont refusées.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json).</source>
        <translation>Envoyez du JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Send {&quot;links&quot;: [...]} with 1 to %1 links.</source>
        <translation>Envoyez {&quot;links&quot;: [...]} avec 1 à %1 liens.</translation>
    </message>
    <message>
        <source>The job is not in a state that allows this.</source>
        <translation>La tâche n’est pas dans un état qui le permet.</translation>
    </message>
    <message>
        <source>Listening on %1 (the local network) needs an access password. Set one in Settings or with “tunedrop --set-web-password”.</source>
        <translation>L’écoute sur %1 (le réseau local) nécessite un mot de passe d’accès. Définissez-en un dans les Paramètres ou avec «&#xa0;tunedrop --set-web-password&#xa0;».</translation>
    </message>
    <message>
        <source>The page is out of date: reload it.</source>
        <translation>La page n’est plus à jour&#xa0;: rechargez-la.</translation>
    </message>
    <message>
        <source>Log in or send the API token.</source>
        <translation>Connectez-vous ou envoyez le jeton d’API.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Mot de passe d’accès</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>La requête est mal formée.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a link. Paste a link that starts with http:// or https://.</source>
        <translation>Ceci n’est pas un lien. Collez un lien qui commence par http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpNotice</name>
    <message>
        <source>Update yt-dlp</source>
        <translation>Mettre à jour yt-dlp</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <source>yt-dlp notice</source>
        <translation>Avis yt-dlp</translation>
    </message>
    <message>
        <source>yt-dlp is not installed, so links to YouTube and other video sites cannot be converted.</source>
        <translation>yt-dlp n’est pas installé&#xa0;: les liens vers YouTube et d’autres sites vidéo ne peuvent pas être convertis.</translation>
    </message>
    <message>
        <source>Downloading the latest yt-dlp…</source>
        <translation>Téléchargement de la dernière version de yt-dlp…</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>U&amp;pdate yt-dlp</source>
        <translation>Mettre à &amp;jour yt-dlp</translation>
    </message>
    <message>
        <source>Update yt-dlp</source>
        <translation>Mettre à jour yt-dlp</translation>
    </message>
    <message>
        <source>Download the latest yt-dlp release, check it against the release&apos;s checksums and install it for TuneDrop.</source>
        <translation>Télécharger la dernière version de yt-dlp, la vérifier à l’aide des sommes de contrôle de la version et l’installer pour TuneDrop.</translation>
    </message>
    <message>
        <source>Roll Bac&amp;k</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>Roll back to the previous yt-dlp</source>
        <translation>Revenir au yt-dlp précédent</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>JavaScript runtime:</source>
        <translation>Environnement d’exécution JavaScript&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Au&amp;cun</translation>
    </message>
    <message>
        <source>No sign-in cookies</source>
        <translation>Aucun cookie de connexion</translation>
    </message>
    <message>
        <source>Imported cookies.t&amp;xt</source>
        <translation>cookies.t&amp;xt importé</translation>
    </message>
    <message>
        <source>Use the imported cookies.txt</source>
        <translation>Utiliser le cookies.txt importé</translation>
    </message>
    <message>
        <source>&amp;Read from a browser</source>
        <translation>&amp;Lire depuis un navigateur</translation>
    </message>
    <message>
        <source>Read cookies from a browser</source>
        <translation>Lire les cookies depuis un navigateur</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Import a cookies.txt file</source>
        <translation>Importer un fichier cookies.txt</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ou&amp;blier</translation>
    </message>
    <message>
        <source>Forget the imported cookies</source>
        <translation>Oublier les cookies importés</translation>
    </message>
    <message>
        <source>Browser to read cookies from</source>
        <translation>Navigateur d’où lire les cookies</translation>
    </message>
    <message>
        <source>A browser name, optionally with a profile: chrome:Profile 1</source>
        <translation>Un nom de navigateur, éventuellement avec un profil&#xa0;: chrome:Profile 1</translation>
    </message>
    <message>
        <source>Brow&amp;ser:</source>
        <translation>&amp;Navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in cookies:</source>
        <translation>Cookies de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Import Sign-in Cookies</source>
        <translation>Importer des cookies de connexion</translation>
    </message>
    <message>
        <source>Cookie files (*.txt);;All files (*)</source>
        <translation>Fichiers de cookies (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Downloading the latest yt-dlp…</source>
        <translation>Téléchargement de la dernière version de yt-dlp…</translation>
    </message>
    <message>
        <source>The yt-dlp program chosen above is still the one used; clear that field to use this copy.</source>
        <translation>C’est toujours le programme yt-dlp choisi ci-dessus qui est utilisé&#xa0;; videz ce champ pour utiliser cette copie.</translation>
    </message>
    <message>
        <source>The imported cookies are removed from the keychain.</source>
        <translation>Les cookies importés ont été supprimés du trousseau.</translation>
    </message>
    <message>
        <source>The cookies could not be removed: %1</source>
        <translation>Impossible de supprimer les cookies&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported cookies are kept in the system keychain, never in the settings file; yt-dlp gets a private copy only while it runs.</source>
        <translation>Les cookies importés sont conservés dans le trousseau du système, jamais dans le fichier de paramètres&#xa0;; yt-dlp n’en reçoit une copie privée que pendant son exécution.</translation>
    </message>
    <message>
        <source>For sites that ask you to sign in: export cookies.txt from your browser and import it, or let yt-dlp read them from the browser.</source>
        <translation>Pour les sites qui demandent de vous connecter&#xa0;: exportez cookies.txt depuis votre navigateur et importez-le, ou laissez yt-dlp lire les cookies depuis le navigateur.</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpStatus</name>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>%1, the program chosen in Settings (%2)</source>
        <translation>%1, le programme choisi dans les Paramètres (%2)</translation>
    </message>
    <message>
        <source>%1, the copy TuneDrop keeps up to date (%2)</source>
        <translation>%1, la copie que TuneDrop tient à jour (%2)</translation>
    </message>
    <message>
        <source>%1, installed on the system (%2)</source>
        <translation>%1, installé sur le système (%2)</translation>
    </message>
    <message>
        <source>Not found. Use Update yt-dlp to install it for TuneDrop.</source>
        <translation>Introuvable. Utilisez «&#xa0;Mettre à jour yt-dlp&#xa0;» pour l’installer pour TuneDrop.</translation>
    </message>
    <message numerus="yes">
        <source>This yt-dlp is %n day(s) old; sites like YouTube change often and need a recent one.</source>
        <translation>
            <numerusform>Ce yt-dlp a %n jour&#xa0;; les sites comme YouTube changent souvent et nécessitent une version récente.</numerusform>
            <numerusform>Ce yt-dlp a %n jours&#xa0;; les sites comme YouTube changent souvent et nécessitent une version récente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; this yt-dlp is too old to use it (2025.11.12 or newer needed).</source>
        <translation>%1&#xa0;; ce yt-dlp est trop ancien pour l’utiliser (2025.11.12 ou plus récent requis).</translation>
    </message>
</context>
<context>
    <name>tunedrop::cookies</name>
    <message>
        <source>This is not a Netscape cookies.txt file (line %1 is not a cookie). Export the cookies with a &quot;cookies.txt&quot; browser add-on and import that file.</source>
        <translation>Ce n’est pas un fichier cookies.txt Netscape (la ligne %1 n’est pas un cookie). Exportez les cookies avec un module de navigateur tel que «&#xa0;cookies.txt&#xa0;» et importez ce fichier.</translation>
    </message>
    <message>
        <source>This cookies.txt file holds no cookies.</source>
        <translation>Ce fichier cookies.txt ne contient aucun cookie.</translation>
    </message>
    <message>
        <source>Choose one of these browsers: %1.</source>
        <translation>Choisissez l’un de ces navigateurs&#xa0;: %1.</translation>
    </message>
</context>
</TS>
