docker manifest create example/app:1 example/app:1-armv8
docker manifest annotate example/app:1 example/app:1-armv8 --os linux --arch arm --variant 8.0
