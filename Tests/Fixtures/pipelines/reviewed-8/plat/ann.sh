docker build --platform linux/arm/v7 -t example/app:1.0-armv7 .
docker push example/app:1.0-armv7
docker build --platform linux/arm/v6 -t example/app:1.0-armv6 .
docker push example/app:1.0-armv6
docker manifest create example/app:1.0 example/app:1.0-armv7 example/app:1.0-armv6
docker manifest annotate --arch arm --variant armv7l example/app:1.0 example/app:1.0-armv7
docker manifest annotate --arch arm --variant v6hf example/app:1.0 example/app:1.0-armv6
docker manifest push example/app:1.0
